// `pending` gains an entry per order through `track` and nothing removes it; `open` is
// settled when the response finishes; `recent` is bounded by its helper.
import express from 'express';
import { keepRecent, settle, track } from './registry';

const pending = new Map<string, number>(); // expect: unbounded-collection
const open = new Map<string, number>();
const recent: string[] = [];

const app = express();

app.post('/orders/:id', (req, res) => {
  track(pending, req.params.id, Date.now());
  track(open, req.params.id, Date.now());
  res.on('finish', () => settle(open, req.params.id));
  keepRecent(recent, req.params.id);
  res.sendStatus(202);
});

export default app;
