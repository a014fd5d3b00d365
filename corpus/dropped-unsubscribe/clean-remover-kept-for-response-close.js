// The same feed, with the remover run when the response closes, which always happens.
const { PassThrough } = require('stream');
const express = require('express');

const writers = new Set();

function onTick(writer) {
  writers.add(writer);
  return () => writers.delete(writer);
}

setInterval(() => {
  for (const write of writers) write(`data: ${Date.now()}\n\n`);
}, 1000).unref();

const app = express();

app.get('/ticks', (req, res) => {
  const stream = new PassThrough();
  const stop = onTick((chunk) => stream.write(chunk));
  stream.once('error', stop);
  res.once('close', stop);
  res.set('content-type', 'text/event-stream');
  stream.pipe(res);
});

module.exports = app;
