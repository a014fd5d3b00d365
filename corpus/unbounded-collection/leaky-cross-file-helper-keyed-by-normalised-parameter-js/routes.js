// Every search term a client sends becomes one more entry in the helper's table.
'use strict';
const express = require('express');
const { geocode } = require('./geo');

const router = express.Router();

router.get('/places', async (req, res, next) => {
  try {
    res.json(await geocode(String(req.query.q || ''))); // expect: unbounded-collection
  } catch (err) {
    next(err);
  }
});

module.exports = router;
