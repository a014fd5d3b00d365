// An EventTarget does read `{ signal }`: the abort on 'close' removes the listener.
const express = require('express');

const prices = new EventTarget();
const app = express();

app.get('/prices', (req, res) => {
  const done = new AbortController();
  prices.addEventListener('price', (event) => res.write(`data: ${JSON.stringify(event.detail)}\n\n`), { signal: done.signal });
  req.on('close', () => done.abort());
});

app.listen(3000);
