import express from 'express';
import { rateTables } from './rates';

const MARKETS = new Set(['eu', 'us', 'apac']);
const CURRENCIES = new Set(['EUR', 'USD', 'GBP', 'JPY']);
const app = express();

// Both parts of the key are checked against their lists first: twelve tables at most.
app.get('/rates/:market', async (req, res) => {
  const market = req.params.market;
  const currency = String(req.query.currency ?? 'EUR');
  if (!MARKETS.has(market) || !CURRENCIES.has(currency)) {
    res.sendStatus(404);
    return;
  }
  res.json(await rateTables.table(market, currency));
});

app.listen(8080);
