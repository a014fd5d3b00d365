// Number formatters cached per locale. `pickLocale` maps the header onto a fixed list, so the
// first cache holds four entries at most; `rawLocale` passes on whatever the client sends, so
// the second gains an entry per distinct header value.
const express = require('express');

const SUPPORTED = ['en', 'de', 'fr', 'ja'];
const formatters = new Map();
const dateFormatters = new Map(); // expect: unbounded-collection

function pickLocale(header) {
  const wanted = String(header || '').slice(0, 2).toLowerCase();
  return SUPPORTED.includes(wanted) ? wanted : 'en';
}

function rawLocale(header) {
  return String(header || 'en');
}

function currencyFormatter(locale) {
  if (!formatters.has(locale)) formatters.set(locale, new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }));
  return formatters.get(locale);
}

function dateFormatter(locale) {
  if (!dateFormatters.has(locale)) dateFormatters.set(locale, new Intl.DateTimeFormat(locale));
  return dateFormatters.get(locale);
}

const app = express();

app.get('/price/:cents', (req, res) => {
  const locale = pickLocale(req.headers['accept-language']);
  res.send(currencyFormatter(locale).format(Number(req.params.cents) / 100));
});

app.get('/today', (req, res) => {
  const locale = rawLocale(req.headers['accept-language']);
  res.send(dateFormatter(locale).format(new Date()));
});

module.exports = app;
