// The helper calls are awaited or tested rather than plain statements; each still adds an
// entry per request. A fixed report key adds one entry at most.
import express from 'express';
import { cached, markSeen, recordAudit } from './store';

const app = express();

app.post('/accounts/:id/password', async (req, res) => {
  await recordAudit(req.params.id, 'password-change'); // expect: unbounded-collection
  res.sendStatus(204);
});

app.post('/webhooks', (req, res) => {
  if (!markSeen(String(req.get('x-delivery')))) return res.sendStatus(409); // expect: unbounded-collection
  res.sendStatus(202);
});

app.get('/reports/search', async (req, res) => {
  const rows = await cached(JSON.stringify(req.query), async () => [req.query]); // expect: unbounded-collection
  res.json(rows);
});

app.get('/reports/summary', async (_req, res) => {
  res.json(await cached('summary', async () => ['all']));
});

export default app;
