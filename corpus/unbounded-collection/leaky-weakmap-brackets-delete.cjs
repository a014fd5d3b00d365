// Instrumentation that keeps per-span data in a WeakMap, written with brackets: each span adds
// a string-keyed property, and `spanData.delete(span)` removes a WeakMap entry that was never
// set, so every property stays for as long as the instrumented module is loaded.
module.exports = function instrumentClient(client) {
  const spanData = new WeakMap(); // expect: unbounded-collection
  client.on('start', (span, data) => {
    spanData[span] = data;
  });
  client.on('end', (span) => {
    spanData.delete(span);
  });
};
