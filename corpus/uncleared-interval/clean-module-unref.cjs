// Module-level intervals that are unref()'d never hold the process open, and they run once.
const counters = new Map();

setInterval(() => {
  for (const [name, value] of counters) process.stdout.write(`${name}=${value}\n`);
  counters.clear();
}, 60000).unref();

const gcProbe = setInterval(() => {
  if (global.gc) global.gc();
}, 300000);
gcProbe.unref();

module.exports = function count(name) {
  counters.set(name, (counters.get(name) || 0) + 1);
};
