// The arrow passed to off() is a brand-new function: it was never registered.
const { EventEmitter } = require('events');

const ticker = new EventEmitter();

function follow(client) {
  ticker.on('tick', (t) => client.send(t)); // expect: listener-leak
  return () => ticker.off('tick', (t) => client.send(t)); // expect: listener-removal-mismatch
}

module.exports = { ticker, follow };
