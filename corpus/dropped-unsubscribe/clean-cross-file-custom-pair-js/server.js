const express = require('express');
const { subscribeQuotes } = require('./quotes');

const app = express();

app.get('/quotes/stream', (req, res) => {
  res.setHeader('content-type', 'application/x-ndjson');
  const unsubscribe = subscribeQuotes((quote) => res.write(JSON.stringify(quote) + '\n'));
  res.on('close', unsubscribe);
});

app.listen(4000);
