// Each subscription gets a heartbeat that pings the upstream while it is open. unsubscribe()
// goes through the same stop as closeAll(), which clears the heartbeat first.
'use strict';

const subscriptions = {};
let nextId = 0;

function subscribe(upstream, topic, onMessage) {
  const id = ++nextId;
  const record = { topic, onMessage };
  record.heartbeat = setInterval(() => upstream.ping(topic), 15000);
  subscriptions[id] = record;
  upstream.send({ op: 'sub', topic, id });
  return id;
}

function unsubscribe(id) {
  stop(id);
}

function stop(id) {
  if (!subscriptions[id]) return;
  clearInterval(subscriptions[id].heartbeat);
  delete subscriptions[id];
}

function deliver(msg) {
  const record = subscriptions[msg.id];
  if (record) record.onMessage(msg);
}

function closeAll() {
  for (const id of Object.keys(subscriptions)) stop(id);
}

module.exports = { subscribe, unsubscribe, deliver, closeAll };
