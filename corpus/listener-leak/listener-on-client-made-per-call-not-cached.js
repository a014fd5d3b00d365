// A client per request, not kept anywhere: its listener goes with it.
const express = require('express');
const { createClient } = require('./broker');

const clients = new Map();

function clientFor(region) {
  const client = createClient({ region });
  clients.get(region);
  return client;
}

const app = express();

app.get('/orders/:region/once', (req, res) => {
  const client = clientFor(req.params.region);
  client.on('order', (order) => {
    res.json(order);
    client.close();
  });
});

module.exports = { app };
