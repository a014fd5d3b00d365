// The same bookkeeping with WeakMap#set: entries go when the span object is collected.
const spans = new WeakMap();

function instrument(client) {
  const original = client.request;
  client.request = function (params, callback) {
    const span = { name: params.path, start: Date.now() };
    spans.set(span, params);
    return original.call(this, params, callback);
  };
}

module.exports = instrument;
