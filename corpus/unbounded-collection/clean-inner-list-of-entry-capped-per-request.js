// A chat hub keeps one entry per room, made when it starts. Every post appends to the
// room's log, which keeps the last 500 messages and drops the oldest past that.
'use strict';

const express = require('express');

class RoomHub {
  constructor(names) {
    this.rooms = new Map();
    for (const name of names) this.rooms.set(name, { log: [], members: new Set() });
  }

  roomFor(name) {
    const room = this.rooms.get(name);
    if (!room) throw new Error(`no room ${name}`);
    return room;
  }

  post(name, author, text) {
    const room = this.roomFor(name);
    room.log.push({ author, text, at: Date.now() });
    if (room.log.length > 500) room.log.shift();
  }
}

const hub = new RoomHub(['general', 'random', 'support']);

const app = express();
app.use(express.json());
app.post('/rooms/:name/messages', (req, res) => {
  hub.post(req.params.name, req.user.id, req.body.text);
  res.status(201).end();
});

module.exports = { app };
