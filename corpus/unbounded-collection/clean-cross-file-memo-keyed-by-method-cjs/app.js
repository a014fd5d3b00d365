// Every request asks for its method's policy: a handful of methods, a handful of entries.
const express = require('express');
const { policyFor } = require('./policies');

const app = express();

app.use((req, res, next) => {
  if (policyFor(req.method).cacheable) res.set('Cache-Control', 'public, max-age=60');
  next();
});

app.listen(3000);
