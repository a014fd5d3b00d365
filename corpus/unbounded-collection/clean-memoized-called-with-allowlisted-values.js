// The memoized formatter is called only with a locale the code has narrowed to its list of
// supported ones, so its cache holds five entries at most.
const express = require('express');

function memoize(fn) {
  const cache = new Map();
  return (key) => {
    if (!cache.has(key)) cache.set(key, fn(key));
    return cache.get(key);
  };
}

const SUPPORTED = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP'];
const formatterFor = memoize((locale) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }));

function pickLocale(req) {
  const wanted = String(req.headers['accept-language'] || '').split(',')[0].trim();
  return SUPPORTED.includes(wanted) ? wanted : 'en-US';
}

const app = express();
app.get('/total/:cents', (req, res) => {
  res.send(formatterFor(pickLocale(req)).format(Number(req.params.cents) / 100));
});
app.listen(3300);
