import type { Request, Response } from 'express';
import { live } from './live';
import { Scoreboard } from './scoreboard';

export function streamScores(req: Request, res: Response): void {
  res.setHeader('content-type', 'text/event-stream');
  const stop = live.onScore((score) => res.write(`data: ${JSON.stringify(score)}\n\n`));
  req.on('close', stop);
}

// A board made for one replay lives only as long as the replay.
export function replay(req: Request, res: Response): void {
  const board = new Scoreboard();
  board.onScore((score) => res.write(JSON.stringify(score)));
  board.update({ match: String(req.query.match), home: 0, away: 0 });
  res.end();
}
