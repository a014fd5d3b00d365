'use strict';

const express = require('express');
const { stock } = require('./stock');

const app = express();
app.get('/stock/:sku/live', (req, res) => {
  res.setHeader('Content-Type', 'text/event-stream');
  const sub = stock.watch(req.params.sku).subscribe((level) => res.write(`data: ${level.units}\n\n`));
  req.on('close', () => sub.unsubscribe());
});
app.listen(3000);
