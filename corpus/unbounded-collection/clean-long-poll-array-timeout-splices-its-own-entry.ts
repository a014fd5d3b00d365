// Couriers long-poll for work; a poll that times out takes its own entry out before it answers,
// and the dispatcher splices out the ones it answers.
import express from 'express';
import type { Response } from 'express';

interface Waiting { zone: string; res: Response; timer?: NodeJS.Timeout }

export const app = express();
app.use(express.json());

const waiting: Waiting[] = [];

app.get('/couriers/poll', (req, res) => {
  const entry: Waiting = { zone: String(req.query.zone), res };
  entry.timer = setTimeout(() => {
    const at = waiting.indexOf(entry);
    if (at !== -1) waiting.splice(at, 1);
    res.status(204).end();
  }, 30000);
  waiting.push(entry);
});

app.post('/zones/:zone/jobs', (req, res) => {
  let handed = 0;
  for (let i = waiting.length - 1; i >= 0; i--) {
    const entry = waiting[i];
    if (entry.zone !== req.params.zone) continue;
    clearTimeout(entry.timer);
    entry.res.json(req.body);
    waiting.splice(i, 1);
    handed += 1;
  }
  res.json({ handed });
});
