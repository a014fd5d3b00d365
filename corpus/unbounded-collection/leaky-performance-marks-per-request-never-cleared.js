// Server-Timing for every request, measured with performance marks named per request. Nothing
// clears them, and the process's performance timeline keeps every one.
const { performance } = require('perf_hooks');
const express = require('express');

const app = express();
let seq = 0;

app.use((req, res, next) => {
  const id = `req-${++seq}`;
  performance.mark(`${id}:start`); // expect: unbounded-collection
  res.on('finish', () => {
    const ms = performance.now() - performance.getEntriesByName(`${id}:start`)[0].startTime;
    console.debug(`${req.method} ${req.originalUrl} ${ms.toFixed(1)}ms`);
  });
  next();
});

app.listen(3000);
