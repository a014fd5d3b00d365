// Each request races the database against a thirty-second deadline. The deadline is never
// cleared when the query wins, so every request leaves a timer, and the rejected promise it
// closes over, pending for thirty seconds.
const express = require('express');
const db = require('./db');

const app = express();

app.get('/orders/:id', async (req, res) => {
  const order = await Promise.race([
    db.order(req.params.id),
    new Promise((_, reject) => setTimeout(() => reject(new Error('db timeout')), 30_000)), // expect: uncleared-timeout
  ]);
  res.json(order);
});

app.listen(3000);
