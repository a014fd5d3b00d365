// A small class of this file keeps the table it is made with and adds to it; each request makes
// one over the module's table with a key the client picks, and nothing ever deletes.
const express = require('express');

class SeenTokens {
  constructor(table) {
    this.table = table;
  }

  mark(token, when) {
    this.table.set(token, when);
  }
}

const tokens = new Map(); // expect: unbounded-collection
const app = express();

app.post('/tokens/use', express.json(), (req, res) => {
  new SeenTokens(tokens).mark(req.body.token, Date.now());
  res.sendStatus(204);
});

module.exports = app;
