// The same memoizer, emptied every ten minutes through the `clear()` it offers.
import type { Request, Response, NextFunction } from 'express';
import { cached } from './cached';

const crumbsFor = cached((path: string) => path.split('/').filter(Boolean).map((part, i, all) => ({
  label: decodeURIComponent(part),
  href: `/${all.slice(0, i + 1).join('/')}`,
})));

setInterval(() => crumbsFor.clear(), 10 * 60_000).unref();

export function breadcrumbs(req: Request, res: Response, next: NextFunction): void {
  res.locals.crumbs = crumbsFor(req.path);
  next();
}
