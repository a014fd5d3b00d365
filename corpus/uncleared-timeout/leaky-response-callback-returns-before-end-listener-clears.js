// A quote lookup per request: the deadline is cleared by the response's 'end' and 'error'
// listeners, but a non-200 reply returns before it adds them, so that reply leaves the timer
// pending (with the request it destroys) for the whole delay.
'use strict';
const https = require('https');
const express = require('express');

function fetchQuote(symbol) {
  return new Promise((resolve, reject) => {
    const req = https.get(`https://quotes.example.com/v1/${encodeURIComponent(symbol)}`, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`quote service answered ${res.statusCode}`));
      }
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => { clearTimeout(deadline); resolve(JSON.parse(body)); });
      res.on('error', (err) => { clearTimeout(deadline); reject(err); });
    });
    req.on('error', reject);
    const deadline = setTimeout(() => {
      req.destroy(new Error('quote lookup timed out'));
    }, 30000);
  });
}

const app = express();
app.get('/quote/:symbol', async (req, res, next) => {
  try {
    res.json(await fetchQuote(req.params.symbol)); // expect: uncleared-timeout
  } catch (err) {
    next(err);
  }
});

module.exports = app;
