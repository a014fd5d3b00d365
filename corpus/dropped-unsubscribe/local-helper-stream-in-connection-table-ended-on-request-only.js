// Each socket keeps a table of the scoreboards it follows. `scoresFor(match)` pipes the
// module's one score stream; only the client's 'unfollow' ends an entry, so a client that
// disconnects leaves every subscription (and its socket) on the stream.
'use strict';

const { Subject } = require('rxjs');
const { filter, map } = require('rxjs/operators');

const scores$ = new Subject();

function scoresFor(matchId) {
  return scores$.pipe(
    filter((update) => update.matchId === matchId),
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
      const sub = scoresFor(matchId).subscribe((score) => socket.emit('score', score)); // expect: dropped-unsubscribe
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
