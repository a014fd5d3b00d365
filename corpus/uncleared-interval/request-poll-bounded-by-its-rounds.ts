// A readiness probe that gives up after a fixed number of rounds: it ends by itself.
import type { Request, Response } from 'express';
import { ping } from './upstream';

export function waitForUpstream(req: Request, res: Response): void {
  let rounds = 0;
  const poll = setInterval(async () => {
    rounds++;
    const up = await ping(String(req.query.host));
    if (up || rounds >= 10) {
      clearInterval(poll);
      res.json({ up });
    }
  }, 500);
}
