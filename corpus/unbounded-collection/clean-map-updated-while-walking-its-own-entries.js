'use strict';

// Exponentially decayed hit counts for a fixed set of backends.
const BACKENDS = ['eu-1', 'eu-2', 'us-1'];
const hits = new Map(BACKENDS.map((name) => [name, 0]));

function decay() {
  for (const [backend, count] of hits) {
    hits.set(backend, count * 0.5);
  }
}

function record(backend) {
  for (const name of hits.keys()) {
    if (name === backend) hits.set(name, hits.get(name) + 1);
  }
}

setInterval(decay, 10_000).unref();
module.exports = { record };
