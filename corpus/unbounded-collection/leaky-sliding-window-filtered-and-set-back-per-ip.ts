// An in-memory sliding-window limiter: each request filters its IP's stamps, adds one and
// stores the list back. Old stamps go, but every IP that ever called keeps its key.
import type { NextFunction, Request, Response } from 'express';

const hits = new Map<string, number[]>(); // expect: unbounded-collection

export function limiter(windowMs: number, max: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    const now = Date.now();
    const recent = (hits.get(req.ip ?? '') ?? []).filter((stamp) => now - stamp < windowMs);
    recent.push(now);
    hits.set(req.ip ?? '', recent);
    if (recent.length > max) return res.status(429).end();
    next();
  };
}
