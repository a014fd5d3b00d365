// The same room; a poll that times out, or whose client leaves, takes itself out of the list.
const express = require('express');

class Room {
  constructor() {
    this.waiters = [];
  }

  post(message) {
    const waiting = this.waiters;
    this.waiters = [];
    for (const waiter of waiting) waiter.res.json([message]);
  }

  wait(req, res) {
    const waiter = { req, res };
    this.waiters.push(waiter);
    const leave = () => {
      this.waiters = this.waiters.filter((w) => w !== waiter);
    };
    setTimeout(() => {
      leave();
      if (!res.headersSent) res.json([]);
    }, 25_000);
    res.on('close', leave);
  }
}

const room = new Room();
const app = express();
app.get('/poll', (req, res) => room.wait(req, res));
app.post('/say', express.json(), (req, res) => {
  room.post(String(req.body.text));
  res.status(204).end();
});

module.exports = app;
