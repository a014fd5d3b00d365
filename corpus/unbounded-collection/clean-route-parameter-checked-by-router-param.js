'use strict';

const express = require('express');

const REGIONS = new Set(['eu-west', 'us-east', 'ap-south']);
const latencyByRegion = new Map();

const router = express.Router();

router.param('region', (req, res, next, region) => {
  if (!REGIONS.has(region)) {
    res.status(404).json({ error: `unknown region ${region}` });
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
