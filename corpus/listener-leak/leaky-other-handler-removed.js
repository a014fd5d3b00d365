// The removal names a different function than the one that was added.
const { EventEmitter } = require('events');

const feed = new EventEmitter();

function onTick() {}

function subscribe(client) {
  const push = (tick) => client.send(tick);
  feed.on('tick', push); // expect: listener-leak
  client.on('close', () => feed.removeListener('tick', onTick));
}

feed.on('client', subscribe);
