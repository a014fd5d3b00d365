// The same timing keyed by the URL the client sent, ids and query strings included.
import express, { NextFunction, Request, Response } from 'express';

const byRoute = new Map<string, { count: number; totalMs: number }>(); // expect: unbounded-collection

function record(route: string, ms: number): void {
  const entry = byRoute.get(route) ?? { count: 0, totalMs: 0 };
  entry.count += 1;
  entry.totalMs += ms;
  byRoute.set(route, entry);
}

function timing(req: Request, res: Response, next: NextFunction): void {
  const started = Date.now();
  const routeKey = () => `${req.method} ${req.originalUrl}`;
  res.once('finish', () => record(routeKey(), Date.now() - started));
  next();
}

export const app = express();
app.use(timing);
