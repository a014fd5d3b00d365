import { EventEmitter } from 'node:events';
import type { Request, Response, NextFunction } from 'express';

// Queries the data layer reports, for the slow-request log.
export const queries = new EventEmitter();

function watchQueries(requestId: string) {
  const seen: string[] = [];
  const onQuery = (q: { requestId: string; sql: string }) => {
    if (q.requestId === requestId) seen.push(q.sql);
  };
  queries.on('query', onQuery);
  return { seen, dispose: () => queries.off('query', onQuery) };
}

// The watcher is disposed whether the handler resolves or rejects.
export function slowLog(handler: (req: Request, res: Response) => Promise<void>) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const watcher = watchQueries(String(req.headers['x-request-id']));
    const started = Date.now();
    try {
      await handler(req, res);
    } finally {
      watcher.dispose();
    }
    if (Date.now() - started > 500) console.warn('slow request', req.path, watcher.seen);
    next();
  };
}
