import type { Request, Response } from 'express';
import { live } from './live';

export function streamScores(req: Request, res: Response): void {
  res.setHeader('content-type', 'text/event-stream');
  live.onScore((score) => res.write(`data: ${JSON.stringify(score)}\n\n`)); // expect: dropped-unsubscribe
}
