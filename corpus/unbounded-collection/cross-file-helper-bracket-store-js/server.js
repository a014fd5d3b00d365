// Every search stores its result promise under the query text and nothing ever removes one.
const express = require('express');
const { remember } = require('./memo');

const results = {}; // expect: unbounded-collection
const app = express();

app.get('/search', (req, res) => {
  const q = String(req.query.q);
  const found = results[q] || remember(results, q, fetch(`https://api.example.com/?q=${q}`).then((r) => r.json()));
  found.then((body) => res.json(body));
});

app.listen(3000);
