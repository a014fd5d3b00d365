'use strict';
const express = require('express');
const { MongoClient } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URL);
const orders = client.db('shop').collection('orders');
const app = express();

// Live order status for the customer's tracking page.
app.get('/orders/:id/stream', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const updates = orders.watch([{ $match: { 'documentKey._id': req.params.id } }]); // expect: unclosed-watcher
  updates.on('change', (change) => {
    res.write(`data: ${JSON.stringify(change.updateDescription ?? {})}\n\n`);
  });
});

module.exports = app;
