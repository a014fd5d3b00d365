// Every export request registers one more drain callback, which holds the request's query.
const express = require('express');
const { onDrain } = require('./metrics');

const router = express.Router();

router.get('/export', (req, res) => {
  onDrain(() => console.log('export done', req.query.format)); // expect: unbounded-collection
  res.json({ queued: true });
});

module.exports = router;
