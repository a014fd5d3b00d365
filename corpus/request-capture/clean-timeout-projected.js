// The retry copies what it needs before scheduling: the request can be collected.
const express = require('express');
const { forward } = require('./upstream');

const app = express();

app.post('/webhooks', (req, res) => {
  const { body } = req;
  const signature = req.headers['x-signature'];
  forward(body).catch(() => {
    setTimeout(() => forward(body, signature), 30_000);
  });
  res.sendStatus(202);
});
