import express, { type NextFunction, type Request, type Response } from 'express';

class LatencyBook {
  private readonly byRoute = new Map<string, { count: number; totalMs: number }>(); // expect: unbounded-collection

  record(route: string, ms: number): void {
    const entry = this.byRoute.get(route) ?? { count: 0, totalMs: 0 };
    entry.count += 1;
    entry.totalMs += ms;
    this.byRoute.set(route, entry);
  }

  summary(): Record<string, number> {
    return Object.fromEntries([...this.byRoute].map(([route, e]) => [route, e.totalMs / e.count]));
  }
}

const book = new LatencyBook();
export const app = express();

app.use((req: Request, res: Response, next: NextFunction) => {
  const started = performance.now();
  res.on('finish', () => book.record(`${req.method} ${req.path}`, performance.now() - started));
  next();
});

app.get('/latency', (_req, res) => res.json(book.summary()));
