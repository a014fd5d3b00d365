// The same middleware counting by HTTP method, which takes a handful of values.
import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const hitsByMethod = new Map<string, number>();

@Injectable()
export class HitCounter implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction) {
    hitsByMethod.set(req.method, (hitsByMethod.get(req.method) ?? 0) + 1);
    next();
  }
}
