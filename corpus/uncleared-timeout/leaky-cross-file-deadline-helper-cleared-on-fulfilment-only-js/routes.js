// Every request whose query fails leaves the two-minute deadline pending, with its closure.
'use strict';
const express = require('express');
const { withDeadline } = require('./deadline');

const router = express.Router();
router.get('/reports/:id', async (req, res, next) => {
  try {
    res.json(await withDeadline(req.app.locals.db.report(req.params.id), 120000)); // expect: uncleared-timeout
  } catch (err) {
    next(err);
  }
});

module.exports = router;
