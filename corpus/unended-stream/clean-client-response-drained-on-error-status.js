'use strict';

const https = require('https');
const express = require('express');

const keepAlive = new https.Agent({ keepAlive: true });
const app = express();

app.get('/weather/:city', (req, res) => {
  https.get(`https://weather.example/v2/${encodeURIComponent(req.params.city)}`, { agent: keepAlive }, (upstream) => {
    if (upstream.statusCode >= 400) {
      upstream.resume();
      res.status(502).json({ error: `upstream said ${upstream.statusCode}` });
      return;
    }
    let raw = '';
    upstream.setEncoding('utf8');
    upstream.on('data', (chunk) => { raw += chunk; });
    upstream.on('end', () => res.type('json').send(raw));
  }).on('error', () => res.sendStatus(504));
});

module.exports = app;
