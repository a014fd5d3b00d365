// The room answers its waiters when a message comes, swapping the whole list out; a poll
// that times out is answered empty but stays in the list, with its request, until then.
const express = require('express');

class Room {
  constructor() {
    this.waiters = []; // expect: unbounded-collection
  }

  post(message) {
    const waiting = this.waiters;
    this.waiters = [];
    for (const waiter of waiting) waiter.res.json([message]);
  }

  wait(req, res) {
    this.waiters.push({ req, res });
    setTimeout(() => res.headersSent || res.json([]), 25_000);
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
