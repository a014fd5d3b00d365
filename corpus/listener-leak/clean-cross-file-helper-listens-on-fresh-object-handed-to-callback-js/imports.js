'use strict';

const express = require('express');
const { withProgress, reportProgress } = require('./scratch');

const router = express.Router();

router.post('/imports', async (req, res) => {
  const count = await withProgress(async (progress) => {
    reportProgress(progress, req.body.name);
    let n = 0;
    for (const row of req.body.rows) {
      progress.emit('step', ++n);
      await Promise.resolve(row);
    }
    return n;
  });
  res.json({ count });
});

module.exports = router;
