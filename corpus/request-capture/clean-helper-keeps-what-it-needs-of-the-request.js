// The same activity table, but the helper keeps only what it shows: the path and the time.
const express = require('express');

const latest = new Map();

function noteActivity(req) {
  const tenant = req.subdomains[0] === 'us' ? 'us' : 'eu';
  latest.set(tenant, { path: req.path, at: Date.now() });
}

const app = express();
app.use((req, res, next) => {
  noteActivity(req);
  next();
});
app.get('/activity', (req, res) => {
  res.json([...latest].map(([tenant, entry]) => ({ tenant, ...entry })));
});
app.listen(3000);
