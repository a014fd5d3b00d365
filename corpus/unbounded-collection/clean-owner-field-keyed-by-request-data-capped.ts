import express from 'express';

// Usage per API key, for the billing export, capped: the oldest key goes when the table is full.
export class UsageMeter {
  private readonly calls = new Map<string, number>();

  record(apiKey: string): void {
    if (!this.calls.has(apiKey) && this.calls.size >= 10_000) this.calls.delete(this.calls.keys().next().value as string);
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
