const express = require('express');
const { randomUUID } = require('crypto');
const { track, untrack, list } = require('./tracker');

const app = express();

function loadQuote(id) {
  return fetch(`http://pricing.internal/quotes/${id}`).then((r) => {
    if (!r.ok) throw new Error(`pricing ${r.status}`);
    return r.json();
  });
}

app.get('/quotes/:id', (req, res) => {
  const id = randomUUID();
  track(id, { route: req.path }); // expect: unbounded-collection
  loadQuote(req.params.id)
    .then((quote) => {
      untrack(id);
      res.json(quote);
    })
    .catch((err) => res.status(502).json({ error: err.message }));
});

app.get('/debug/inflight', (req, res) => res.json(list()));
app.listen(3022);
