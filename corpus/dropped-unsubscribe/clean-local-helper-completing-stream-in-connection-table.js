// Each socket keeps a table of the scoreboards it loads. `scoresFor(match)` makes a new
// stream per call from one database read: it completes after that read, whether or not the
// client ever sends 'unfollow'.
'use strict';

const { Subject, from } = require('rxjs');
const db = require('./db');
const { filter, map } = require('rxjs/operators');

const scores$ = new Subject();

function scoresFor(matchId) {
  return from(db.latestScore(matchId)).pipe(
    filter((update) => update !== null),
    map((update) => ({ matchId, home: update.home, away: update.away })),
  );
}

function publishScore(update) {
  scores$.next(update);
}

function attachScoreboard(io) {
  io.on('connection', (socket) => {
    const following = new Map();

    socket.on('follow', (matchId) => {
      if (following.has(matchId)) return;
      const sub = scoresFor(matchId).subscribe((score) => socket.emit('score', score));
      following.set(matchId, sub);
    });

    socket.on('unfollow', (matchId) => {
      const sub = following.get(matchId);
      if (sub) sub.unsubscribe();
      following.delete(matchId);
    });

    socket.on('disconnect', () => {
      following.clear();
    });
  });
}

module.exports = { attachScoreboard, publishScore };
