// One drain callback for the whole router, registered when the module loads; requests only
// bump a counter it reads.
const express = require('express');
const { onDrain } = require('./metrics');

const router = express.Router();
let exports_ = 0;

onDrain(() => console.log('exports since last drain', exports_));

router.get('/export', (req, res) => {
  exports_ += 1;
  res.json({ queued: true });
});

module.exports = router;
