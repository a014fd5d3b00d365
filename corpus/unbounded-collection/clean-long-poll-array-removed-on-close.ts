// Long-poll subscribers wait in a module-level array until a job they watch finishes. The
// entry leaves the array when the job finishes, and on the response's 'close', which comes
// after a poll timeout's 204 as well as after a client that goes away.
import express from 'express';
import type { Response } from 'express';

interface Entry {
  job: string;
  res: Response;
}

const watching: Entry[] = [];
const app = express();

function forget(entry: Entry): void {
  const at = watching.indexOf(entry);
  if (at !== -1) watching.splice(at, 1);
}

app.get('/jobs/:id/wait', (req, res) => {
  const entry: Entry = { job: req.params.id, res };
  watching.push(entry);
  res.on('close', () => forget(entry));
  res.setTimeout(30_000, () => res.status(204).end());
});

app.post('/jobs/:id/done', (req, res) => {
  for (const entry of [...watching]) {
    if (entry.job !== req.params.id) continue;
    forget(entry);
    entry.res.json({ done: true });
  }
  res.sendStatus(204);
});

app.listen(3000);
