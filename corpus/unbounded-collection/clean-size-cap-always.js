'use strict';
const express = require('express');

const settings = { keepHistory: process.env.KEEP_HISTORY === '1', historySize: 200 };
const history = [];

const app = express();
app.use((req, _res, next) => {
  history.push({ path: req.path, at: Date.now() });
  if (history.length > settings.historySize) history.shift();
  next();
});
app.get('/history', (req, res) => (settings.keepHistory ? res.json(history) : res.sendStatus(404)));
app.listen(3000);
