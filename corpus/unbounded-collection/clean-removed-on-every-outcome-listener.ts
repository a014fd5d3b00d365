import { EventEmitter } from 'node:events';
import express from 'express';

export const exports$ = new EventEmitter();
type Answer = (status: number, body: unknown) => void;

const pending = new Map<string, Answer>();

exports$.on('done', ({ exportId, url }: { exportId: string; url: string }) => {
  const answer = pending.get(exportId);
  pending.delete(exportId);
  answer?.(200, { url });
});

exports$.on('fail', ({ exportId, reason }: { exportId: string; reason: string }) => {
  const answer = pending.get(exportId);
  pending.delete(exportId);
  answer?.(500, { reason });
});

const app = express();
app.get('/exports/:id/wait', (req, res) => {
  pending.set(req.params.id, (status, body) => res.status(status).json(body));
});
app.listen(3000);
