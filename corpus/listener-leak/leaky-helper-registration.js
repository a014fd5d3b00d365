// The registration sits in small helpers; the leak is in the route that calls them with the
// module-level bus, once per request.
const express = require('express');
const { EventEmitter } = require('events');

const bus = new EventEmitter();
const app = express();

function subscribe(emitter, event, handler) {
  emitter.on(event, handler);
}

function follow(emitter, handler) {
  subscribe(emitter, 'price', handler);
}

function watch(emitter, handler) {
  emitter.on('price', handler);
  return () => emitter.off('price', handler);
}

app.get('/quotes', (req, res) => {
  subscribe(bus, 'price', (p) => res.write(`${p}\n`)); // expect: listener-leak
  follow(bus, () => undefined); // expect: listener-leak
  watch(bus, () => undefined); // expect: listener-leak
  res.end();
});

module.exports = app;
