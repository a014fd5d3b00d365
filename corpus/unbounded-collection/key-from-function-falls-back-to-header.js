// The layout cache is keyed by whatever deviceClassOf() guesses, which falls back to the raw
// product token of the User-Agent: one entry for every agent string a client makes up.
'use strict';
const express = require('express');

const DEVICE_CLASSES = ['mobile', 'tablet', 'desktop'];
const layouts = new Map(); // expect: unbounded-collection

function deviceClassOf(userAgent) {
  const guess = /iPad|Tablet/.test(userAgent) ? 'tablet' : /Mobile/.test(userAgent) ? 'mobile' : userAgent.split('/')[0];
  return DEVICE_CLASSES.includes(guess) ? guess : guess.toLowerCase();
}

function layoutFor(userAgent) {
  const key = deviceClassOf(userAgent);
  let layout = layouts.get(key);
  if (!layout) {
    layout = { columns: key === 'desktop' ? 3 : 1, drawer: key === 'mobile' };
    layouts.set(key, layout);
  }
  return layout;
}

const app = express();
app.get('/', (req, res) => res.json(layoutFor(req.get('user-agent') || '')));
app.listen(3000);
