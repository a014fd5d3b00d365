// Timing per route, keyed by the pattern the router matched, built by a small arrow in the
// middleware: one entry per route however many URLs clients send.
import express, { NextFunction, Request, Response } from 'express';

const byRoute = new Map<string, { count: number; totalMs: number }>();

function record(route: string, ms: number): void {
  const entry = byRoute.get(route) ?? { count: 0, totalMs: 0 };
  entry.count += 1;
  entry.totalMs += ms;
  byRoute.set(route, entry);
}

function timing(req: Request, res: Response, next: NextFunction): void {
  const started = Date.now();
  const routeKey = () => `${req.method} ${req.route?.path ?? 'unmatched'}`;
  res.once('finish', () => record(routeKey(), Date.now() - started));
  next();
}

export const app = express();
app.use(timing);
