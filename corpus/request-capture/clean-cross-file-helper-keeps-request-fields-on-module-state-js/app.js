const express = require('express');
const diagnostics = require('./diagnostics');

const app = express();

app.get('/search', (req, res) => {
  diagnostics.noteRequest(req);
  res.json({ q: req.query.q });
});

app.get('/_status', (req, res) => res.json(diagnostics.snapshot()));

app.listen(3000);
