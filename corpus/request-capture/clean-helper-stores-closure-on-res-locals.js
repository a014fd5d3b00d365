// The twin of the helper that writes the application's locals: here it writes `res.locals`,
// which belongs to one response and goes with it.
'use strict';

const express = require('express');

const app = express();

function exposeViewHelpers(req, res) {
  res.locals.currentPath = () => req.originalUrl;
  res.locals.isCurrent = (href) => req.path === href;
}

app.use((req, res, next) => {
  exposeViewHelpers(req, res);
  next();
});

app.locals.siteName = 'Docs';

module.exports = app;
