import express from 'express';
import { ExpiringMap } from './sweeper';

const app = express();

// Each request makes its own memo for its loaders and never disposes it: its sweep interval
// runs on for good, holding the memo and what it caches.
app.get('/reports/:id', async (req, res) => {
  const memo = new ExpiringMap<unknown>(10_000); // expect: uncleared-interval
  memo.set('report', { id: req.params.id });
  res.json(memo.get('report'));
});

app.listen(3000);
