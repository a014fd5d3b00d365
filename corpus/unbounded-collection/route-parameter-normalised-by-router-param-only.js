'use strict';

const express = require('express');

const latencyByRegion = new Map(); // expect: unbounded-collection

const router = express.Router();

router.param('region', (req, res, next, region) => {
  if (!region.trim()) {
    res.status(400).json({ error: 'empty region' });
    return;
  }
  next();
});

router.post('/regions/:region/latency', express.json(), (req, res) => {
  const { region } = req.params;
  latencyByRegion.set(region, { ms: Number(req.body.ms), at: Date.now() });
  res.sendStatus(204);
});

router.get('/regions/:region/latency', (req, res) => {
  res.json(latencyByRegion.get(req.params.region) || null);
});

module.exports = router;
