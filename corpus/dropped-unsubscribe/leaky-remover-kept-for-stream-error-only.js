// The feed hands back the function that takes a listener out, and the route keeps it for the
// stream's 'error' only: a client that just disconnects leaves its writer in the feed.
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
  const stop = onTick((chunk) => stream.write(chunk)); // expect: dropped-unsubscribe
  stream.once('error', stop);
  res.set('content-type', 'text/event-stream');
  stream.pipe(res);
});

module.exports = app;
