// Each export request waits on the imported queue for its job's end, with one `once` per
// outcome; the outcome that does not come leaves its listener, and the response, behind.
import { randomUUID } from 'crypto';
import { Router, Request, Response } from 'express';
import { exportQueue } from './queue';

export const router = Router();

router.post('/exports', (req: Request, res: Response) => {
  const id = randomUUID();
  exportQueue.once(`done:${id}`, (result: { url: string }) => { // expect: listener-leak
    res.status(201).json({ id, url: result.url });
  });
  exportQueue.once(`failed:${id}`, (err: Error) => {
    res.status(500).json({ id, error: err.message });
  });
  res.setHeader('X-Queue-Position', String(exportQueue.enqueue(id)));
});
