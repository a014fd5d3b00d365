// The same window, but the observer is disconnected before the answer goes out.
const { PerformanceObserver } = require('node:perf_hooks');
const express = require('express');

const app = express();

app.get('/debug/gc', (req, res) => {
  const pauses = [];
  const watcher = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push(entry.duration);
  });
  watcher.observe({ entryTypes: ['gc'] });
  setTimeout(() => {
    watcher.disconnect();
    res.json({ count: pauses.length, total: pauses.reduce((a, b) => a + b, 0) });
  }, 5000);
});

app.listen(3000);
