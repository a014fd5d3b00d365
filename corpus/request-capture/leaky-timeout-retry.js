// A retry scheduled with the whole request: the request lives until the retry fires,
// long after the response was sent.
const express = require('express');
const { forward } = require('./upstream');

const app = express();

app.post('/webhooks', (req, res) => {
  forward(req.body).catch(() => {
    setTimeout(() => forward(req.body, req.headers), 30_000); // expect: request-capture
  });
  res.sendStatus(202);
});
