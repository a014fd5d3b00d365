// The check asks about the route's area, but the helper is handed the query's one.
const express = require('express');

const AREAS = new Set(['billing', 'search', 'catalog']);
const snapshots = new Map(); // expect: unbounded-collection

function store(area, values) {
  snapshots.set(area, { values, at: Date.now() });
}

const router = express.Router();

router.put('/flags/:area', express.json(), (req, res) => {
  if (!AREAS.has(req.params.area)) return res.sendStatus(404);
  store(req.query.area, req.body);
  res.sendStatus(204);
});

module.exports = { router };
