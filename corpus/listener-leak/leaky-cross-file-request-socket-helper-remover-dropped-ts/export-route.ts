// Each export request registers on the keep-alive socket through the helper and drops the
// remover it hands back, so the socket collects one listener (holding `job`) per request.
import type { Request, Response } from 'express';
import { Router } from 'express';
import { whenClientLeaves } from './client-gone';

export const exports = Router();

exports.get('/export', (req: Request, res: Response) => {
  const job = { cancelled: false, rows: [] as string[] };
  whenClientLeaves(req, () => { job.cancelled = true; }); // expect: listener-leak
  res.json({ started: true, rows: job.rows.length });
});
