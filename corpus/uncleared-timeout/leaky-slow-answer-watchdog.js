// A "taking too long" answer is scheduled for every export request and never cancelled when
// the export finishes first: each request leaves a two-minute timer that holds `req` and
// `res` (the callback answers on `res`, so it is a watchdog, not a delay).
const express = require('express');
const exporter = require('./exporter');

const app = express();

app.post('/exports/:kind', async (req, res) => {
  setTimeout(() => { // expect: uncleared-timeout
    if (!res.headersSent) {
      res.status(503).json({ retryAfter: 30, kind: req.params.kind });
    }
  }, 120_000);

  try {
    const file = await exporter.run(req.params.kind, req.body);
    res.json({ file });
  } catch (err) {
    if (!res.headersSent) res.status(500).send(err.message);
  }
});

app.listen(8080);
