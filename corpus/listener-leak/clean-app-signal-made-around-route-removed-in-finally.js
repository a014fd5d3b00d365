// The app's shutdown signal is made once, around its routes; every request takes its
// 'abort' listener off again when it is done.
const express = require('express');

function buildApp(fetchReport) {
  const app = express();
  const closing = new AbortController();
  app.locals.close = () => closing.abort();

  app.get('/reports/:id', async (req, res) => {
    const upstream = new AbortController();
    const stop = () => upstream.abort();
    closing.signal.addEventListener('abort', stop, { once: true });
    try {
      res.json(await fetchReport(req.params.id, upstream.signal));
    } finally {
      closing.signal.removeEventListener('abort', stop);
    }
  });
  return app;
}

module.exports = { buildApp };
