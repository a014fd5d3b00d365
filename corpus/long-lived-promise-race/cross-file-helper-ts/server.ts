// Every report request races through the helper: one more reaction on the shutdown promise
// per request, kept until the process stops. The start-up check runs once.
import express from 'express';
import { unlessStopped } from './shutdown';

const app = express();

async function loadReport(id: string): Promise<{ id: string; rows: number }> {
  return { id, rows: 42 };
}

app.get('/reports/:id', async (req, res) => {
  const report = await unlessStopped(loadReport(req.params.id)); // expect: long-lived-promise-race
  if (!report) return res.status(503).end();
  res.json(report);
});

void unlessStopped(loadReport('warm-up'));

app.listen(3000);
