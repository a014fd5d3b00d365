// `tagQueries(pool, req)` wraps the shared pool's `query` in a function that reads the request:
// every request wraps the last wrapper once more, and each keeps its request alive.
import type { NextFunction, Request, Response } from 'express';
import { pool } from './db';

function tagQueries(target: { query: (...args: unknown[]) => Promise<unknown> }, req: Request): void {
  const previous = target.query;
  target.query = function taggedQuery(...args: unknown[]) {
    req.log.debug({ sql: args[0] }, 'query');
    return previous.apply(this, args);
  };
}

export function queryTagging(req: Request, _res: Response, next: NextFunction): void {
  tagQueries(pool, req); // expect: request-capture
  next();
}
