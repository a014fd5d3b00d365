'use strict';
const express = require('express');
const { ExpiringMap } = require('./sweeper');

const app = express();

// Each request makes its own memo and disposes it when the request is done.
app.get('/reports/:id', async (req, res) => {
  const memo = new ExpiringMap(10000);
  try {
    memo.set('report', { id: req.params.id });
    res.json(memo.get('report'));
  } finally {
    memo.dispose();
  }
});

app.listen(3000);
