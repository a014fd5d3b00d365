// The export route disposes the progress writer on 'close', which comes however the response
// ends, finished or dropped by the client.
import express from 'express';
import { streamProgress } from './progress';

declare function runExport(id: string, onStep: (pct: number) => void): Promise<void>;

const app = express();

app.get('/exports/:id', (req, res) => {
  let pct = 0;
  const progress = streamProgress(res, () => pct);
  res.on('close', () => progress.dispose());
  runExport(req.params.id, (step) => { pct = step; }).then(() => res.end('done\n'));
});

export default app;
