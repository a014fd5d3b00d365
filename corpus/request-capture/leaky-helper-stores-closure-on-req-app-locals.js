// A helper the middleware calls per request puts view helpers on `req.app.locals`: the
// application's locals, shared by every request. The helpers close over the request, so the
// last one stays alive after it ends (`res.locals` is the per-request place).
'use strict';

const express = require('express');

const app = express();

function exposeViewHelpers(req) {
  req.app.locals.currentPath = () => req.originalUrl;
  req.app.locals.isCurrent = (href) => req.path === href;
}

app.use((req, res, next) => {
  exposeViewHelpers(req); // expect: request-capture
  next();
});

module.exports = app;
