// The app's shutdown signal is made once, around its routes; every request adds an 'abort'
// listener to it that nothing removes when the request is done.
const express = require('express');

function buildApp(fetchReport) {
  const app = express();
  const closing = new AbortController();
  app.locals.close = () => closing.abort();

  app.get('/reports/:id', async (req, res) => {
    const upstream = new AbortController();
    closing.signal.addEventListener('abort', () => upstream.abort(), { once: true }); // expect: listener-leak
    res.json(await fetchReport(req.params.id, upstream.signal));
  });
  return app;
}

module.exports = { buildApp };
