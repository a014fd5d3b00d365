'use strict';

class MetricsBuffer {
  constructor(sink) {
    this.sink = sink;
    this.samples = [];
  }

  observe(name, value, tags) {
    this.samples.push({ name, value, tags, at: Date.now() });
  }

  drain() {
    const batch = this.samples.splice(0);
    if (batch.length > 0) this.sink(batch);
  }

  shutdown() {
    this.drain();
  }
}

module.exports = new MetricsBuffer((batch) => process.stdout.write(`${JSON.stringify(batch)}\n`));
