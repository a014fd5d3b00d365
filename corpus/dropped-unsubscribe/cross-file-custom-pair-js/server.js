const express = require('express');
const { subscribeQuotes } = require('./quotes');

const app = express();

app.get('/quotes/stream', (req, res) => {
  res.setHeader('content-type', 'application/x-ndjson');
  subscribeQuotes((quote) => res.write(JSON.stringify(quote) + '\n')); // expect: dropped-unsubscribe
});

app.listen(4000);
