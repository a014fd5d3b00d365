// Requests in flight, for the debug page.
const inflight = new Map();

function track(id, meta) {
  inflight.set(id, { ...meta, since: Date.now() });
}

function untrack(id) {
  inflight.delete(id);
}

function list() {
  return [...inflight.entries()].map(([id, meta]) => ({ id, route: meta.route, ms: Date.now() - meta.since }));
}

module.exports = { track, untrack, list };
