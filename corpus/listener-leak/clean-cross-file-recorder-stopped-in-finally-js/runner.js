// The capture stops whether the report builds or not.
const express = require('express');
const { captureLogs } = require('./capture');

const router = express.Router();

router.post('/reports/:id/build', async (req, res) => {
  const capture = captureLogs(req.params.id);
  try {
    await buildReport(req.params.id);
  } finally {
    capture.stop();
  }
  res.json({ log: capture.lines });
});

async function buildReport(id) {
  if (!id) throw new Error('no report id');
}

module.exports = router;
