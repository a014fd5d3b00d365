import express from 'express';
import { QuoteDeduper } from './quotes';

const quotes = new QuoteDeduper(async (venue, symbol) => {
  const res = await fetch(`https://md.example/${venue}/${symbol}`);
  return (await res.json()) as { price: number; at: number };
});

const app = express();
app.get('/quote/:venue/:symbol', async (req, res) => {
  res.json(await quotes.quote(req.params.venue, req.params.symbol));
});
app.listen(8080);
