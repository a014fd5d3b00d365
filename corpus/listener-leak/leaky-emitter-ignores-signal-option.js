// Node's EventEmitter takes no options: the `{ signal }` handed to `.on()` is ignored, so the
// abort on 'close' removes nothing and every request leaves its listener, and its response,
// on the feed.
const express = require('express');
const { EventEmitter } = require('events');

const prices = new EventEmitter();
const app = express();

app.get('/prices', (req, res) => {
  const done = new AbortController();
  prices.on('price', (p) => res.write(`data: ${JSON.stringify(p)}\n\n`), { signal: done.signal }); // expect: listener-leak
  req.on('close', () => done.abort());
});

app.listen(3000);
