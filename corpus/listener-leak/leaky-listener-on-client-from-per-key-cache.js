// Live order updates per region: one broker client per region is made on first use and
// kept for later requests; each request adds its own listener to it.
const express = require('express');
const { createClient } = require('./broker');

const REGIONS = new Set(['eu', 'us', 'apac']);
const clients = new Map();

function clientFor(region) {
  let client = clients.get(region);
  if (!client) {
    client = createClient({ region });
    clients.set(region, client);
  }
  return client;
}

const app = express();

app.get('/orders/:region/stream', (req, res) => {
  if (!REGIONS.has(req.params.region)) return res.sendStatus(404);
  const client = clientFor(req.params.region);
  res.setHeader('content-type', 'text/event-stream');
  client.on('order', (order) => res.write(`data: ${JSON.stringify(order)}\n\n`)); // expect: listener-leak
});

module.exports = { app };
