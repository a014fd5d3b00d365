'use strict';

const express = require('express');
const { memo } = require('./memo.js');

// Made once when the module loads, but only ever asked about one of four regions: the memo
// holds four entries at most.
const REGIONS = ['eu', 'us', 'apac', 'latam'];
const regionSettings = memo((region) => ({ region, at: Date.now() }));

const app = express();
app.get('/settings', (req, res) => {
  const region = REGIONS.includes(req.query.region) ? req.query.region : 'us';
  res.json(regionSettings(region));
});
app.listen(8103);
