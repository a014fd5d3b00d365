'use strict';

const watchers = new Set();

async function watchPresence(callback) {
  watchers.add(callback);
  return () => watchers.delete(callback);
}

function announce(user) {
  for (const callback of watchers) callback(user);
}

module.exports = { watchPresence, announce };
