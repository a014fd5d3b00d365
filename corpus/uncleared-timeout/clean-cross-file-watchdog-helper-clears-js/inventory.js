// Guarded lookups per request; the guard clears its own timer.
const express = require('express');
const { guard, DeadlineError } = require('./deadline');
const warehouse = require('./warehouse-client');

const router = express.Router();

router.get('/stock/:sku', async (req, res) => {
  try {
    const levels = await guard(warehouse.levels(req.params.sku), 60000, `stock ${req.originalUrl}`);
    res.json(levels);
  } catch (err) {
    res.status(err instanceof DeadlineError ? 504 : 502).end();
  }
});

module.exports = router;
