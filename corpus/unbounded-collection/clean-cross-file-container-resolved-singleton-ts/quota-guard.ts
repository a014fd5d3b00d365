import type { NextFunction, Request, Response } from 'express';
import { container } from 'tsyringe';
import { QuotaBook } from './quota';

export function quotaGuard() {
  const book = container.resolve(QuotaBook);

  return (req: Request, res: Response, next: NextFunction): void => {
    const client = req.get('x-client-id') ?? req.ip ?? 'anonymous';
    if (!book.take(client)) {
      res.status(429).end();
      return;
    }
    next();
  };
}
