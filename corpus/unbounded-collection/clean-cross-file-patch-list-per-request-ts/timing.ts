// Each request keeps its patches in a list of its own, restored when its response closes.
import type { NextFunction, Request, Response } from 'express';
import { patchMethod, restoreAll, type Patch } from './patching';

export function responseTiming(req: Request, res: Response, next: NextFunction): void {
  const started = Date.now();
  const applied: Patch[] = [];
  patchMethod(res, 'writeHead', (original) => function (this: Response, ...args: unknown[]) {
    this.setHeader('X-Response-Time', `${Date.now() - started}ms`);
    return original.apply(this, args);
  }, applied);
  res.once('close', () => restoreAll(applied));
  next();
}
