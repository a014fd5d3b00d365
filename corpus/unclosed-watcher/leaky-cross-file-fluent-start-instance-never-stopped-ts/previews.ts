// Each preview request starts a watcher through the fluent start() and only listens on it:
// nothing ever stops one, so every preview leaves a watcher running.
import express from 'express';
import { ContentWatcher } from './content-watcher';

export const app = express();

app.post('/sites/:siteId/preview', (req, res) => {
  const watcher = new ContentWatcher(req.body.root).start(); // expect: unclosed-watcher
  watcher.on('change', (file: string) => app.emit('rebuild', req.params.siteId, file));
  res.sendStatus(201);
});
