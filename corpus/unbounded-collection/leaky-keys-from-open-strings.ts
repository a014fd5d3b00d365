// The same counters keyed by open strings: any route a client sends, any locale it asks for,
// becomes one more entry for the life of the process.
import express from 'express';

const perRoute = new Map<string, number>(); // expect: unbounded-collection
const dictionaries = new Map<string, Record<string, string>>(); // expect: unbounded-collection

const app = express();

app.use((req, res, next) => {
  const key = `${req.method}:${req.path}`;
  perRoute.set(key, (perRoute.get(key) ?? 0) + 1);
  next();
});

app.get('/i18n', async (req, res) => {
  const lang = String(req.query.lang ?? 'en');
  let dict = dictionaries.get(lang);
  if (!dict) {
    dict = (await (await fetch(`https://cdn.example.test/i18n/${lang}.json`)).json()) as Record<string, string>;
    dictionaries.set(lang, dict);
  }
  res.json(dict);
});

app.listen(3000);
