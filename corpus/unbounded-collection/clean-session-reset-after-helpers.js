// Per-run bookkeeping filled by a helper, and reset as a whole when the run ends. The reset is
// not a per-operation removal: a run whose report fails leaves the set for the next run to reset.
const express = require('express');

const visited = new Set();

function noteVisit(url) {
  visited.add(url);
}

async function crawlOnce(url, fetchPage) {
  noteVisit(url);
  await fetchPage(url);
  visited.clear();
}

const app = express();
app.post('/crawl', async (req, res) => {
  await crawlOnce(req.body.url, (u) => fetch(u));
  res.sendStatus(204);
});
app.listen(3000);
