// Each tick of the interval adds another listener to the module-level emitter.
const { EventEmitter } = require('events');

const health = new EventEmitter();
const probe = setInterval(() => {
  health.on('status', (s) => console.log(s)); // expect: listener-leak
  health.emit('status', 'ok');
}, 1000);
probe.unref();
