// A WeakMap written with brackets is not a WeakMap entry: `spans[span] = ...` adds a plain
// string property ("[object Object]" or the span's toString) that never goes away.
const spans = new WeakMap(); // expect: unbounded-collection

function instrument(client) {
  const original = client.request;
  client.request = function (params, callback) {
    const span = { name: params.path, start: Date.now() };
    spans[span] = params;
    return original.call(this, params, callback);
  };
}

module.exports = instrument;
