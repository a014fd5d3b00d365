// The layout cache is keyed by a device class that deviceClassOf() narrows to one of three
// listed values, whatever User-Agent the client sends: three entries at most.
'use strict';
const express = require('express');

const DEVICE_CLASSES = ['mobile', 'tablet', 'desktop'];
const layouts = new Map();

function deviceClassOf(userAgent) {
  const guess = /iPad|Tablet/.test(userAgent) ? 'tablet' : /Mobile/.test(userAgent) ? 'mobile' : userAgent.split('/')[0];
  return DEVICE_CLASSES.includes(guess) ? guess : 'desktop';
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
