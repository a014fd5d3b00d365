// Calls waiting for the resize worker, by message id: `track` files one, `settle` takes it
// out when the answer comes, `untrack` forgets one that was given up.
const inflight = new Map();

function track(id, entry) {
  inflight.set(id, entry);
}

function settle(id) {
  const entry = inflight.get(id);
  if (entry) inflight.delete(id);
  return entry;
}

function untrack(id) {
  inflight.delete(id);
}

module.exports = { track, settle, untrack };
