// Counts per export type, but the handler turns away any type outside the allowlist before
// counting, so the map holds three entries at most. The second route only logs an unknown
// type and counts it anyway: one entry per value the client sends.
const express = require('express');

const TYPES = new Set(['csv', 'json', 'xml']);
const exportsByType = new Map();
const formatsSeen = new Map(); // expect: unbounded-collection
const app = express();

app.get('/export', (req, res) => {
  const type = req.query.type;
  if (!TYPES.has(type)) return res.sendStatus(400);
  exportsByType.set(type, (exportsByType.get(type) || 0) + 1);
  res.json({ type, count: exportsByType.get(type) });
});

app.get('/formats', (req, res) => {
  const format = req.query.format;
  if (!TYPES.has(format)) console.warn('unknown format', format);
  formatsSeen.set(format, Date.now());
  res.sendStatus(204);
});

module.exports = app;
