// Recent search terms, capped at 50: the push and the cap sit in the same `try`, after the
// search that may throw, so a failed search adds nothing and keeps nothing.
const express = require('express');

const recent = [];
const MAX_RECENT = 50;

const app = express();
app.get('/search', async (req, res) => {
  const term = String(req.query.q || '').trim();
  try {
    const hits = await runSearch(term);
    recent.push(term);
    if (recent.length > MAX_RECENT) recent.shift();
    res.json(hits);
  } catch (err) {
    res.status(500).json({ error: err.message });
  }
});

async function runSearch(term) {
  return term ? [term] : [];
}

module.exports = app;
