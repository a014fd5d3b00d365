import express from 'express';

// Usage per API key, for the billing export. Every key a client sends, valid or not, gets an
// entry, and the meter lives as long as the app.
export class UsageMeter {
  private readonly calls = new Map<string, number>(); // expect: unbounded-collection

  record(apiKey: string): void {
    this.calls.set(apiKey, (this.calls.get(apiKey) ?? 0) + 1);
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.calls);
  }
}

export function meteredApp(): express.Express {
  const meter = new UsageMeter();
  const app = express();
  app.use((req, res, next) => {
    meter.record(String(req.headers['x-api-key']));
    next();
  });
  app.get('/usage', (req, res) => res.json(meter.snapshot()));
  return app;
}
