// Each request races its lookup against the imported deadline; when the lookup wins, the
// 30-second timer stays pending with its closure.
import express from 'express';
import { deadline } from './deadline';

async function lookup(sku: string): Promise<unknown> {
  const response = await fetch(`https://stock.internal/items/${encodeURIComponent(sku)}`);
  return response.json();
}

const app = express();
app.get('/stock/:sku', async (req, res) => {
  try {
    res.json(await Promise.race([lookup(req.params.sku), deadline(30_000, 'stock lookup')])); // expect: uncleared-timeout
  } catch (error) {
    res.status(504).json({ error: String(error) });
  }
});
app.listen(4200);
