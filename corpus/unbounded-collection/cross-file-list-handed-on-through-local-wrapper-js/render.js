// Each render times the template engine's `compile` through a local wrapper that hands the
// module's patch list on to `wrap`; only shutdown restores, so every request adds a record.
const express = require('express');
const { wrap, restoreAll } = require('./patching');
const engine = require('./engine');

const patches = []; // expect: unbounded-collection
const app = express();

function timeCompile(timings, records) {
  wrap(engine, 'compile', (original) => (...args) => {
    const started = Date.now();
    try {
      return original(...args);
    } finally {
      timings.push(Date.now() - started);
    }
  }, records);
}

app.get('/pages/:slug', (req, res) => {
  const timings = [];
  timeCompile(timings, patches);
  res.send(engine.render(req.params.slug));
});

function shutdown() {
  restoreAll(patches);
}

module.exports = { app, shutdown };
