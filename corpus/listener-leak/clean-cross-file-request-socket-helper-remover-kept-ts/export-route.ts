// The same route keeps the remover and calls it when the response closes, which happens for
// every request however it ends.
import type { Request, Response } from 'express';
import { Router } from 'express';
import { whenClientLeaves } from './client-gone';

export const exports = Router();

exports.get('/export', (req: Request, res: Response) => {
  const job = { cancelled: false, rows: [] as string[] };
  const stopWatching = whenClientLeaves(req, () => { job.cancelled = true; });
  res.once('close', stopWatching);
  res.json({ started: true, rows: job.rows.length });
});
