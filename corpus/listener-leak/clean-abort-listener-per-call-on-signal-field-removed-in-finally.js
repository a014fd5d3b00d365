// The client keeps the shutdown signal in a field and takes its per-lookup listener off again
// in a finally, however the lookup ends.
const express = require('express');

class PriceClient {
  constructor(options) {
    this.shutdown = options.signal;
  }

  async price(sku) {
    const controller = new AbortController();
    const onShutdown = () => controller.abort();
    this.shutdown.addEventListener('abort', onShutdown, { once: true });
    try {
      const res = await fetch(`https://prices.internal/${encodeURIComponent(sku)}`, { signal: controller.signal });
      return Number(await res.text());
    } finally {
      this.shutdown.removeEventListener('abort', onShutdown);
    }
  }
}

const stopping = new AbortController();
const prices = new PriceClient({ signal: stopping.signal });
const app = express();

app.get('/price/:sku', async (req, res) => {
  res.json({ price: await prices.price(req.params.sku) });
});

module.exports = app;
