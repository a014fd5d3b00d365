// The twin: the poll also leaves the table when its client goes away.
'use strict';
const express = require('express');

const app = express();
const waiting = new Map();

app.get('/inbox/poll', (req, res) => {
  const user = req.get('x-user-id');
  if (!user) return res.sendStatus(401);
  waiting.set(user, res);
  res.on('close', () => {
    if (waiting.get(user) === res) waiting.delete(user);
  });
});

app.post('/inbox/:user', express.json(), (req, res) => {
  const target = waiting.get(req.params.user);
  if (target) {
    waiting.delete(req.params.user);
    target.json({ messages: [req.body] });
  }
  res.sendStatus(202);
});

module.exports = app;
