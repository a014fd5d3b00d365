// Each quote request stops its tracker before it answers, and cannot fail in between.
const { EventEmitter } = require('events');
const express = require('express');

const ticks = new EventEmitter();

function trackSymbol(symbol) {
  const samples = [];
  const onTick = (tick) => {
    if (tick.symbol === symbol) samples.push(tick.price);
  };
  ticks.on('tick', onTick);
  return { samples, stop: () => ticks.off('tick', onTick) };
}

const app = express();
app.get('/quotes/:symbol', async (req, res) => {
  const tracker = trackSymbol(req.params.symbol);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  tracker.stop();
  res.json({ symbol: req.params.symbol, samples: tracker.samples });
});

module.exports = { app, ticks };
