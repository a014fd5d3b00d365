// Every vote makes a tally over the module's one table, keyed by an id the client sends: the
// table gains an entry per voter for as long as the process runs.
const express = require('express');
const VoteTally = require('./tally');

const ballots = new Map(); // expect: unbounded-collection
const app = express();

app.post('/polls/vote', express.json(), (req, res) => {
  new VoteTally(ballots).cast(req.body.voterId, req.body.choice);
  res.json({ yes: new VoteTally(ballots).count('yes') });
});

module.exports = app;
