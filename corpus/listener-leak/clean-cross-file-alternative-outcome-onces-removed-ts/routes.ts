// Each export request waits on the imported queue for its job's end; whichever outcome comes
// takes the other outcome's listener off.
import { randomUUID } from 'crypto';
import { Router, Request, Response } from 'express';
import { exportQueue } from './queue';

export const router = Router();

router.post('/exports', (req: Request, res: Response) => {
  const id = randomUUID();
  const onDone = (result: { url: string }) => {
    exportQueue.removeListener(`failed:${id}`, onFailed);
    res.status(201).json({ id, url: result.url });
  };
  const onFailed = (err: Error) => {
    exportQueue.removeListener(`done:${id}`, onDone);
    res.status(500).json({ id, error: err.message });
  };
  exportQueue.once(`done:${id}`, onDone);
  exportQueue.once(`failed:${id}`, onFailed);
  res.setHeader('X-Queue-Position', String(exportQueue.enqueue(id)));
});
