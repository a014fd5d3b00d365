// The app factory keeps one tracker for its middleware. Each request id is remembered for good.
import express from 'express';

class ReplayGuard {
  private readonly seen = new Set<string>(); // expect: unbounded-collection

  firstTime(id: string): boolean {
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    return true;
  }
}

export function createApp() {
  const app = express();
  const guard = new ReplayGuard();
  app.use((req, res, next) => {
    const id = String(req.headers['x-request-id']);
    if (!guard.firstTime(id)) return res.status(409).end();
    next();
  });
  return app;
}
