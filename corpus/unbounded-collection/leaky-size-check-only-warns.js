'use strict';

const express = require('express');

const MAX_SHORT_LINKS = 50_000;
const links = new Map(); // expect: unbounded-collection

const app = express();
app.use(express.json());

app.post('/links', (req, res) => {
  const code = Math.random().toString(36).slice(2, 8);
  links.set(code, req.body.url);
  if (links.size > MAX_SHORT_LINKS) console.warn(`short link table holds ${links.size} entries`);
  res.status(201).json({ code });
});

app.get('/l/:code', (req, res) => {
  const url = links.get(req.params.code);
  return url ? res.redirect(url) : res.sendStatus(404);
});

module.exports = app;
