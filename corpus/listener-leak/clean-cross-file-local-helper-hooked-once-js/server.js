'use strict';
const express = require('express');
const { renderPage } = require('./templates');

const app = express();

app.get('/docs/:page', (req, res) => {
  const html = renderPage(req.params.page === 'api' ? 'api' : 'guide', { user: req.user, query: req.query.q });
  res.type('html').send(html);
});

app.listen(process.env.PORT || 3000);
