'use strict';

const express = require('express');
const { VisitorLog } = require('./visitors');

module.exports = function pageRoutes(container) {
  const router = express.Router();
  const log = container.resolve(VisitorLog);

  router.get('/page/:slug', (req, res) => {
    const distinct = log.note(req.cookies.vid || req.ip);
    res.render('page', { slug: req.params.slug, distinct });
  });

  return router;
};
