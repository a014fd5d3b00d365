'use strict';
const express = require('express');

const settings = { keepHistory: process.env.KEEP_HISTORY === '1', historySize: 200 };
const history = [];

const app = express();
app.use((req, _res, next) => {
  history.push({ path: req.path, at: Date.now() });
  if (history.length > settings.historySize) history.shift();
  next();
});
app.get('/history', (req, res) => (settings.keepHistory ? res.json(history) : res.sendStatus(404)));
app.listen(3000);

// A room table whose emptied rooms go in the same test that finds them empty.
class Rooms {
  constructor() {
    this.rooms = new Map();
  }

  join(room, id) {
    if (!this.rooms.has(room)) this.rooms.set(room, new Set());
    this.rooms.get(room).add(id);
  }

  leave(room, id) {
    const members = this.rooms.get(room);
    if (members == null) return;
    members.delete(id);
    if (members.size === 0 && this.rooms.delete(room)) console.log(`room ${room} closed`);
  }
}

// A cap that applies when a limit is given: the test that it was given is about the limit.
function remember(fn, { max } = {}) {
  const seen = new Map();
  return (key) => {
    if (!seen.has(key)) seen.set(key, fn(key));
    if (max && seen.size > max) seen.delete(seen.keys().next().value);
    return seen.get(key);
  };
}

const lookup = remember((key) => key.toUpperCase(), { max: 1000 });

module.exports = { Rooms, lookup };
