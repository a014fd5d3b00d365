// A middleware ends each streaming response when the process is told to stop, by adding a
// `once('SIGTERM')` listener per request. SIGTERM comes once, at the end of the process: every
// request until then leaves its listener, and its response, on `process`.
const express = require('express');

const app = express();

app.use((req, res, next) => {
  process.once('SIGTERM', () => res.end('shutting down')); // expect: listener-leak
  next();
});

app.listen(3000);
