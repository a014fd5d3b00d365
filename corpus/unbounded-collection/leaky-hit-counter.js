// Counting hits per path in a plain object: the path comes from the client, so every
// probe of a random URL adds a property.
const express = require('express');

const app = express();
const hits = {}; // expect: unbounded-collection

app.use((req, res, next) => {
  hits[req.path] = (hits[req.path] || 0) + 1;
  next();
});

app.get('/stats', (req, res) => res.json(hits['/'] || 0));
