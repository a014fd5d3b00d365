'use strict';
// Which WebSocket clients watch which order, shared by the whole server.
const watchers = new Map();

function watch(orderId, client) {
  if (!watchers.has(orderId)) watchers.set(orderId, new Set());
  watchers.get(orderId).add(client);
}

function unwatch(orderId, client) {
  const set = watchers.get(orderId);
  if (!set) return;
  set.delete(client);
  if (set.size === 0) watchers.delete(orderId);
}

module.exports = { watch, unwatch };
