// Rendered fragments by URL, query string included; a failed render is evicted, and the
// cache keeps the 200 most recent URLs.
const express = require('express');

const fragments = new Map();

function cachedFragment(req, render) {
  const url = req.originalUrl;
  let pending = fragments.get(url);
  if (!pending) {
    pending = render(req.query);
    fragments.set(url, pending);
    if (fragments.size > 200) fragments.delete(fragments.keys().next().value);
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
