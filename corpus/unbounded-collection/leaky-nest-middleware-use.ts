// A Nest middleware runs for every request: counting hits by the URL the client asked for
// gives the module-level table one entry per distinct URL, without end.
import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const hitsByUrl = new Map<string, number>(); // expect: unbounded-collection

@Injectable()
export class HitCounter implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction) {
    hitsByUrl.set(req.originalUrl, (hitsByUrl.get(req.originalUrl) ?? 0) + 1);
    next();
  }
}
