import type { Request, Response, NextFunction } from 'express';

export class Trace {
  static readonly open = new Map<string, Trace>(); // expect: unbounded-collection

  readonly startedAt = Date.now();

  constructor(readonly id: string, readonly path: string) {
    Trace.open.set(id, this);
  }

  static lookup(req: Request): Trace | undefined {
    return Trace.open.get(String(req.headers['x-trace-id']));
  }

  finish(): void {
    Trace.open.delete(this.id);
  }
}

export function tracing(req: Request, res: Response, next: NextFunction): void {
  const id = String(req.headers['x-trace-id'] ?? `${Date.now()}-${Math.random()}`);
  req.headers['x-trace-id'] = id;
  new Trace(id, req.path);
  next();
}

export function traceErrors(err: Error, req: Request, res: Response, next: NextFunction): void {
  Trace.lookup(req)?.finish();
  next(err);
}
