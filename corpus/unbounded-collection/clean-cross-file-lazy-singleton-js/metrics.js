// A metrics registry made on first use by an exported accessor function.
let registry = null;

class Metrics {
  constructor() {
    this.timings = new Map();
  }

  record(label, ms) {
    const list = this.timings.get(label) || [];
    if (list.length > 100) list.shift();
    list.push(ms);
    this.timings.set(label, list);
  }
}

function getMetrics() {
  if (registry === null) registry = new Metrics();
  return registry;
}

module.exports = { getMetrics };
