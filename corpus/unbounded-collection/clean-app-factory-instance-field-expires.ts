// The factory's tracker forgets each request id a minute after it sees it.
import express from 'express';

class ReplayGuard {
  private readonly seen = new Set<string>();

  firstTime(id: string): boolean {
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    setTimeout(() => this.seen.delete(id), 60_000).unref();
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
