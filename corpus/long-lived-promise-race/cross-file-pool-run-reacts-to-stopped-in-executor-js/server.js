'use strict';
const express = require('express');
const { renderPool } = require('./pool');

const app = express();
app.get('/render/:page', async (req, res) => {
  res.send(await renderPool.run({ page: req.params.page })); // expect: long-lived-promise-race
});
app.listen(8400);
