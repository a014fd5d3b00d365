// Each subscription gets a heartbeat that pings the upstream while it is open. unsubscribe()
// forgets the subscription but leaves its heartbeat running, pinned to a closed stream.
'use strict';

const subscriptions = {};
let nextId = 0;

function subscribe(upstream, topic, onMessage) {
  const id = ++nextId;
  const record = { topic, onMessage };
  record.heartbeat = setInterval(() => upstream.ping(topic), 15000); // expect: uncleared-interval
  subscriptions[id] = record;
  upstream.send({ op: 'sub', topic, id });
  return id;
}

function unsubscribe(id) {
  delete subscriptions[id];
}

function deliver(msg) {
  const record = subscriptions[msg.id];
  if (record) record.onMessage(msg);
}

function closeAll() {
  for (const id of Object.keys(subscriptions)) {
    clearInterval(subscriptions[id].heartbeat);
    delete subscriptions[id];
  }
}

module.exports = { subscribe, unsubscribe, deliver, closeAll };
