'use strict';

const express = require('express');

// The endpoints to check come with each request: every new one adds a slot for good.
const latest = new Map(); // expect: unbounded-collection

async function check(endpoint) {
  const started = Date.now();
  try {
    const res = await fetch(endpoint, { signal: AbortSignal.timeout(2000) });
    latest.set(endpoint, { up: res.ok, ms: Date.now() - started });
  } catch (err) {
    latest.set(endpoint, { up: false, error: err.message });
  }
}

const app = express();
app.post('/check', express.json(), async (req, res) => {
  const targets = req.body.targets;
  await Promise.all(targets.map(check));
  res.json(Object.fromEntries(targets.map((t) => [t, latest.get(t)])));
});
app.listen(3000);
