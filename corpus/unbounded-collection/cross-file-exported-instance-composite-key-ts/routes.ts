import express from 'express';
import { rateTables } from './rates';

const MARKETS = new Set(['eu', 'us', 'apac']);
const app = express();

// The market is checked, but the currency comes straight from the query string: every new
// spelling a client sends builds and keeps one more table.
app.get('/rates/:market', async (req, res) => {
  if (!MARKETS.has(req.params.market)) return res.sendStatus(404);
  const currency = String(req.query.currency ?? 'EUR');
  res.json(await rateTables.table(req.params.market, currency)); // expect: unbounded-collection
});

app.listen(8080);
