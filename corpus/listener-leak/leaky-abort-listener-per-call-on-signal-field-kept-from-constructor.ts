// The client keeps the process's shutdown signal in a field and, on every lookup, adds an
// 'abort' listener to it that nothing removes when the lookup ends: one per request until shutdown.
import express from 'express';

class PriceClient {
  private readonly shutdown: AbortSignal;

  constructor(shutdown: AbortSignal) {
    this.shutdown = shutdown;
  }

  async price(sku: string): Promise<number> {
    const controller = new AbortController();
    this.shutdown.addEventListener('abort', () => controller.abort(), { once: true });
    const res = await fetch(`https://prices.internal/${encodeURIComponent(sku)}`, { signal: controller.signal });
    return Number(await res.text());
  }
}

const stopping = new AbortController();
const prices = new PriceClient(stopping.signal);
export const app = express();

app.get('/price/:sku', async (req, res) => {
  res.json({ price: await prices.price(req.params.sku) }); // expect: listener-leak
});
process.once('SIGTERM', () => stopping.abort());
