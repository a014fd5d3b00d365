// The same in TypeScript: the factory's error middleware keeps whole requests in a capped list.
import type { ErrorRequestHandler, Request } from 'express';

const recentFailures: { at: number; req: Request }[] = [];

export function errorRecorder(): ErrorRequestHandler {
  return (err, req, res, next) => {
    recentFailures.push({ at: Date.now(), req }); // expect: request-capture
    if (recentFailures.length > 20) recentFailures.shift();
    next(err);
  };
}

export const failures = () => recentFailures.map((f) => f.req.originalUrl);
