// Rendered fragments by URL, query string included; only a failed render is evicted, so
// every distinct URL a client sends stays cached.
const express = require('express');

const fragments = new Map(); // expect: unbounded-collection

function cachedFragment(req, render) {
  const url = req.originalUrl;
  let pending = fragments.get(url);
  if (!pending) {
    pending = render(req.query);
    fragments.set(url, pending);
    pending.catch(() => fragments.delete(url));
  }
  return pending;
}

const app = express();
app.get('/fragments/*', async (req, res, next) => {
  try {
    res.send(await cachedFragment(req, async (q) => `<p>${JSON.stringify(q)}</p>`));
  } catch (err) {
    next(err);
  }
});

module.exports = app;
