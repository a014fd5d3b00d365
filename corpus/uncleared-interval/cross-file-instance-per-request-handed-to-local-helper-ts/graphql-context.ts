import type { Request, Response, NextFunction } from 'express';
import { LeaseTable } from './lease-table';

function remember(table: LeaseTable<string>, req: Request): void {
  table.lease('user', String(req.headers['x-user'] ?? 'anonymous'));
}

export function userContext(req: Request, res: Response, next: NextFunction): void {
  const leases = new LeaseTable<string>(5_000); // expect: uncleared-interval
  remember(leases, req);
  res.locals.user = leases.find('user');
  next();
}
