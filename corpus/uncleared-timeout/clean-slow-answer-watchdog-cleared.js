// The same fallback answer, but the handle is kept and cleared once the export has answered,
// on success and on failure alike: no timer outlives its request.
const express = require('express');
const exporter = require('./exporter');

const app = express();

app.post('/exports/:kind', async (req, res) => {
  const fallback = setTimeout(() => {
    if (!res.headersSent) {
      res.status(503).json({ retryAfter: 30, kind: req.params.kind });
    }
  }, 120_000);

  try {
    const file = await exporter.run(req.params.kind, req.body);
    res.json({ file });
  } catch (err) {
    if (!res.headersSent) res.status(500).send(err.message);
  } finally {
    clearTimeout(fallback);
  }
});

app.listen(8080);
