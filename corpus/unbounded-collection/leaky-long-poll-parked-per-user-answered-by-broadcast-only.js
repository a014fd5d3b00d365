// Each client's poll is parked under the user id it sends; only a broadcast answers and takes
// the entries out. A client that goes away before one leaves its response, one per user.
'use strict';
const express = require('express');

const app = express();
const waiting = new Map(); // expect: unbounded-collection

app.get('/updates', (req, res) => {
  const user = req.get('x-user-id');
  if (!user) return res.sendStatus(401);
  waiting.set(user, res);
});

app.post('/broadcast', express.json(), (req, res) => {
  for (const [user, parked] of waiting) {
    waiting.delete(user);
    parked.json(req.body);
  }
  res.sendStatus(204);
});

module.exports = app;
