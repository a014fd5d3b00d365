import type { Request, Response, NextFunction } from 'express';

export namespace Throttle {
  const lastHit = new Map<string, number>(); // expect: unbounded-collection

  export function tooSoon(client: string, gapMs: number, now = Date.now()): boolean {
    const previous = lastHit.get(client) ?? 0;
    lastHit.set(client, now);
    return now - previous < gapMs;
  }

  export function guard(gapMs: number) {
    return (req: Request, res: Response, next: NextFunction): void => {
      if (tooSoon(req.ip ?? 'unknown', gapMs)) {
        res.status(429).end();
        return;
      }
      next();
    };
  }
}
