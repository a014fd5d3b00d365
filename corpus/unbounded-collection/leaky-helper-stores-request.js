// The request itself goes into a module-level list through a helper of this file: the entry
// is request data, so each request object stays alive for good (reported as an error).
const express = require('express');

const recentRequests = []; // expect: unbounded-collection

function remember(request) {
  recentRequests.push(request);
}

const app = express();

app.use((req, res, next) => {
  remember(req);
  next();
});

app.get('/debug/recent', (req, res) => {
  res.json(recentRequests.slice(-10).map((r) => r.url));
});

module.exports = app;
