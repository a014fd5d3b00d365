// The site-wide poll has one slot per fixed question: the table never holds more than two entries.
const express = require('express');
const VoteTally = require('./tally');

const latest = new Map();
const app = express();

app.post('/polls/latest', express.json(), (req, res) => {
  const tally = new VoteTally(latest);
  tally.cast('last-choice', req.body.choice);
  tally.cast('updated', String(Date.now()));
  res.json({ yes: tally.count('yes') });
});

module.exports = app;
