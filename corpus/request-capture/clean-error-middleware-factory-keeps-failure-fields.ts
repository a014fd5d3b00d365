// TypeScript twin: a capped list of failure fields, no request.
import type { ErrorRequestHandler } from 'express';

const recentFailures: { at: number; url: string }[] = [];

export function errorRecorder(): ErrorRequestHandler {
  return (err, req, res, next) => {
    recentFailures.push({ at: Date.now(), url: req.originalUrl });
    if (recentFailures.length > 20) recentFailures.shift();
    next(err);
  };
}
