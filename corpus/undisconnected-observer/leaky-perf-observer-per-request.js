// Each request watches garbage collection for a window and answers with what it saw; the
// observer stays registered with perf_hooks after the answer, and so does its closure.
const { PerformanceObserver } = require('node:perf_hooks');
const express = require('express');

const app = express();

app.get('/debug/gc', (req, res) => {
  const pauses = [];
  const watcher = new PerformanceObserver((list) => { // expect: undisconnected-observer
    for (const entry of list.getEntries()) pauses.push(entry.duration);
  });
  watcher.observe({ entryTypes: ['gc'] });
  setTimeout(() => res.json({ count: pauses.length, total: pauses.reduce((a, b) => a + b, 0) }), 5000);
});

app.listen(3000);
