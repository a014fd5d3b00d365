'use strict';

// Requests in progress, for the /debug/inflight page.
const inflight = new Map();

function enter(id, req) {
  inflight.set(id, { method: req.method, url: req.originalUrl, since: Date.now(), stage: 'start' });
}

function stage(id, name) {
  const entry = inflight.get(id);
  if (entry) entry.stage = name;
}

function leave(id) {
  inflight.delete(id);
}

function snapshot() {
  return [...inflight.values()];
}

module.exports = { enter, stage, leave, snapshot };
