// The export route disposes the progress writer when the response finishes; a client that
// drops the connection first never gets a 'finish', and the interval writes on for good.
import express from 'express';
import { streamProgress } from './progress';

declare function runExport(id: string, onStep: (pct: number) => void): Promise<void>;

const app = express();

app.get('/exports/:id', (req, res) => {
  let pct = 0;
  const progress = streamProgress(res, () => pct); // expect: uncleared-interval
  res.on('finish', () => progress.dispose());
  runExport(req.params.id, (step) => { pct = step; }).then(() => res.end('done\n'));
});

export default app;
