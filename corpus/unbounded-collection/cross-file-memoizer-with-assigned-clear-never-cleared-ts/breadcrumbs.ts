// Keyed by every path a client asks for: the memoizer's Map grows with each new URL, and this
// module never calls the `clear()` it was offered.
import type { Request, Response, NextFunction } from 'express';
import { cached } from './cached';

const crumbsFor = cached((path: string) => path.split('/').filter(Boolean).map((part, i, all) => ({ // expect: unbounded-collection
  label: decodeURIComponent(part),
  href: `/${all.slice(0, i + 1).join('/')}`,
})));

export function breadcrumbs(req: Request, res: Response, next: NextFunction): void {
  res.locals.crumbs = crumbsFor(req.path);
  next();
}
