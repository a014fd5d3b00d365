// A trail made per request and kept on the response's locals: it ends with the request it
// records, so keeping the request in it keeps nothing longer.
const express = require('express');
const { AuditTrail } = require('./audit-trail');

const app = express();

app.use((req, res, next) => {
  const trail = new AuditTrail();
  trail.record(req);
  res.locals.trail = trail;
  next();
});

module.exports = app;
