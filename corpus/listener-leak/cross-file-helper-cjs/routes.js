// Every request hands the module-level bus to a helper that adds a listener to it.
const express = require('express');
const { EventEmitter } = require('events');
const { subscribe, watch, once } = require('./subscriptions');
const subscriptions = require('./subscriptions');

const bus = new EventEmitter();
const app = express();

app.get('/prices', (req, res) => {
  subscribe(bus, 'price', (p) => res.write(`${p}\n`)); // expect: listener-leak
  subscriptions.follow(bus, () => undefined); // expect: listener-leak
  watch(bus, () => undefined); // expect: listener-leak
  const stop = watch(bus, () => undefined);
  req.on('close', stop);
  once(bus, 'price', () => res.end());
});

subscribe(bus, 'ready', () => console.log('ready'));

module.exports = app;
