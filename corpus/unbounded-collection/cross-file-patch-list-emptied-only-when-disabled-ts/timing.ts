// Every response is patched and the patch recorded in the module's list, which only the
// off switch empties: one record, holding a response, per request until then.
import type { NextFunction, Request, Response } from 'express';
import { patchMethod, restoreAll, type Patch } from './patching';

const applied: Patch[] = []; // expect: unbounded-collection

export function responseTiming(req: Request, res: Response, next: NextFunction): void {
  const started = Date.now();
  patchMethod(res, 'writeHead', (original) => function (this: Response, ...args: unknown[]) {
    this.setHeader('X-Response-Time', `${Date.now() - started}ms`);
    return original.apply(this, args);
  }, applied);
  next();
}

export function disableResponseTiming(): void {
  restoreAll(applied);
}
