// The check asks about the route's region, but the helper is handed the header's one.
import type { Request, Response } from 'express';

const REGIONS = new Set(['eu', 'us', 'apac']);
const lastSeen = new Map<string, number>(); // expect: unbounded-collection

function touch(region: string): void {
  lastSeen.set(region, Date.now());
}

export function ping(req: Request, res: Response): void {
  if (!REGIONS.has(req.params.region)) {
    res.sendStatus(404);
    return;
  }
  touch(String(req.headers['x-region']));
  res.sendStatus(204);
}
