// A registry of calls waiting for the worker: `register` files the callbacks under a new id,
// `settle` takes them out when the answer comes.
const pending = new Map();
let seq = 0;

function register(resolve, reject) {
  const id = ++seq;
  pending.set(id, { resolve, reject });
  return id;
}

function settle(id, result) {
  const entry = pending.get(id);
  if (!entry) return;
  pending.delete(id);
  entry.resolve(result);
}

module.exports = { register, settle };
