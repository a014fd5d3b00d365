import express from 'express';
import { whenClientLeaves } from './disconnect';
import { runSearch } from './engine';

export const app = express();

app.get('/search', async (req, res) => {
  const controller = new AbortController();
  whenClientLeaves(req, () => controller.abort()); // expect: listener-leak
  res.json(await runSearch(String(req.query.q ?? ''), controller.signal));
});
