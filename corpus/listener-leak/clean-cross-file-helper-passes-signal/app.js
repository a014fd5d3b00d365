// This route passes the signal of a controller it aborts when the client leaves.
const express = require('express');
const { subscribeTo } = require('./subscribe');

const orders = new EventTarget();
const app = express();

app.get('/orders/stream', (req, res) => {
  const gone = new AbortController();
  res.on('close', () => gone.abort());
  subscribeTo(orders, 'placed', (event) => res.write(`${event.detail}\n`), { signal: gone.signal });
});
app.listen(3000);
