// `traceCalls(client, req)` wraps the shared client's `get` in a function that reads the request:
// every request adds one more wrapper around the last, and each keeps its request alive.
const express = require('express');
const { cache } = require('./cache-client');

function traceCalls(client, req) {
  const previous = client.get;
  client.get = function tracedGet(key) {
    req.log.debug({ key }, 'cache get');
    return previous.call(this, key);
  };
}

const app = express();

app.use((req, res, next) => {
  traceCalls(cache, req); // expect: request-capture
  next();
});

module.exports = app;
