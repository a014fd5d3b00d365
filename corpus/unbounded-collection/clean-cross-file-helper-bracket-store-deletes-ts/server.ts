// Concurrent searches for the same text share one request while it runs.
import express from 'express';
import { remember } from './memo';

const inflight: Record<string, Promise<unknown>> = {};
const app = express();

app.get('/search', (req, res) => {
  const q = String(req.query.q);
  const found = inflight[q] ?? remember(inflight, q, fetch(`https://api.example.com/?q=${q}`).then((r) => r.json()));
  found.then((body) => res.json(body));
});

app.listen(3000);
