// A report that fails to build skips `capture.stop()`, and its listener stays on the log bus.
const express = require('express');
const { captureLogs } = require('./capture');

const router = express.Router();

router.post('/reports/:id/build', async (req, res) => {
  const capture = captureLogs(req.params.id); // expect: listener-leak
  await buildReport(req.params.id);
  capture.stop();
  res.json({ log: capture.lines });
});

async function buildReport(id) {
  if (!id) throw new Error('no report id');
}

module.exports = router;
