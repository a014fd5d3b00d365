// The activity helper remembers the last request of each region, the whole request: the set of
// regions is fixed, so the table stays small, but each entry keeps a finished request (its
// body, its socket) until the region's next one.
const express = require('express');

const latest = new Map();

function noteActivity(req) {
  const tenant = req.subdomains[0] === 'us' ? 'us' : 'eu';
  latest.set(tenant, { req, at: Date.now() });
}

const app = express();
app.use((req, res, next) => {
  noteActivity(req); // expect: request-capture
  next();
});
app.get('/activity', (req, res) => {
  res.json([...latest].map(([tenant, { req: last, at }]) => ({ tenant, path: last.path, at })));
});
app.listen(3000);
