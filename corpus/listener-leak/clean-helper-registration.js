// The same helpers used well: the helper removes what it adds, the caller keeps and calls the
// disposer, or the helper runs once at start-up.
const express = require('express');
const { EventEmitter } = require('events');

const bus = new EventEmitter();
const app = express();

function watch(emitter, handler) {
  emitter.on('price', handler);
  return () => emitter.off('price', handler);
}

function forNextPrice(emitter, handler) {
  const once = (p) => {
    emitter.removeListener('price', once);
    handler(p);
  };
  emitter.on('price', once);
}

function destroyQuietly(stream) {
  stream.on('error', () => undefined);
  stream.destroy();
}

function log(emitter) {
  emitter.on('price', (p) => console.log(p));
}

app.get('/quotes', (req, res) => {
  const stop = watch(bus, (p) => res.write(`${p}\n`));
  req.on('close', stop);
  forNextPrice(bus, (p) => res.end(`${p}\n`));
  req.on('data', () => {
    if (req.socket.bytesRead > 1e6) destroyQuietly(req);
  });
});

log(bus);

module.exports = app;
