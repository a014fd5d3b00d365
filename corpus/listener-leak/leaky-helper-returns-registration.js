// A helper that hands back whatever the registration returns. Node's `on()` returns the
// emitter, not a way to remove the listener, and the route drops it anyway: one more listener
// on the shared settings emitter per request, each keeping the request's tenant id alive.
const express = require('express');
const { EventEmitter } = require('events');

const settings = new EventEmitter();
const app = express();

const watchSetting = (emitter, fn) => emitter.on('changed', fn);

function followFlags(emitter, fn) {
  return emitter.on('flags', fn);
}

app.get('/tenants/:id/settings', (req, res) => {
  const tenant = req.params.id;
  watchSetting(settings, (key) => console.log('setting changed for', tenant, key)); // expect: listener-leak
  followFlags(settings, (flags) => console.log(tenant, flags)); // expect: listener-leak
  res.json({ tenant });
});

module.exports = app;
