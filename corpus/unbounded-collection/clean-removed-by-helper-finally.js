// The same loader, whose helper forgets the key however the request ends.
module.exports = function createLoader(load) {
  const pending = new Map();

  async function settle(key, request) {
    try {
      return await request;
    } finally {
      pending.delete(key);
    }
  }

  return function get(key) {
    if (pending.has(key)) return pending.get(key);
    const request = settle(key, load(key));
    pending.set(key, request);
    return request;
  };
};
