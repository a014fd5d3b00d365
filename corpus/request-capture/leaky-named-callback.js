// The closure is a named local function: it still captures `res`, and the ticker keeps it.
const express = require('express');
const { ticker } = require('./ticker');

const app = express();

app.get('/clock', (req, res) => {
  function onTick(now) {
    res.write(`${now}\n`);
  }
  ticker.on('tick', onTick); // expect: listener-leak
});
