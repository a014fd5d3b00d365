// Every lookup is guarded for a minute; most answer in milliseconds, and each leaves its timer,
// with the label that names the request, pending for the rest of the minute.
const express = require('express');
const { guard, DeadlineError } = require('./deadline');
const warehouse = require('./warehouse-client');

const router = express.Router();

router.get('/stock/:sku', async (req, res) => {
  try {
    const levels = await guard(warehouse.levels(req.params.sku), 60000, `stock ${req.originalUrl}`); // expect: uncleared-timeout
    res.json(levels);
  } catch (err) {
    res.status(err instanceof DeadlineError ? 504 : 502).end();
  }
});

module.exports = router;
