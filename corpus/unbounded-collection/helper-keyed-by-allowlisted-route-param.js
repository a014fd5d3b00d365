// Feature flags per product area: the route checks the area against the known list before
// the helper stores its snapshot, so the map holds one entry per area at most.
const express = require('express');

const AREAS = new Set(['billing', 'search', 'catalog']);
const snapshots = new Map();

function store(area, values) {
  const previous = snapshots.get(area);
  snapshots.set(area, { values, version: (previous ? previous.version : 0) + 1 });
}

const router = express.Router();

router.put('/flags/:area', express.json(), (req, res) => {
  if (!AREAS.has(req.params.area)) return res.sendStatus(404);
  store(req.params.area, req.body);
  res.sendStatus(204);
});

module.exports = { router };
