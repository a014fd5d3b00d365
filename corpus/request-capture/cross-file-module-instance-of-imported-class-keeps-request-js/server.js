// One trail for the whole app, made when the module loads: every request it records stays
// reachable from it until the next one replaces it.
const express = require('express');
const { AuditTrail } = require('./audit-trail');

const app = express();
const trail = new AuditTrail();

app.use((req, res, next) => {
  trail.record(req); // expect: request-capture
  next();
});

app.get('/audit', (req, res) => res.send(trail.summary()));

module.exports = app;
