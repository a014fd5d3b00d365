// A latch the module settles once its database connects: requests that wait on it react once
// it is open, and every reaction after that runs at once and goes.
const express = require('express');
const db = require('./db');

let markReady;
const ready = new Promise((resolve) => {
  markReady = resolve;
});
db.connect().then(() => markReady());

const app = express();
app.get('/orders', (req, res) => {
  ready.then(() => db.orders(req.query.account)).then((rows) => res.json(rows));
});

module.exports = app;
