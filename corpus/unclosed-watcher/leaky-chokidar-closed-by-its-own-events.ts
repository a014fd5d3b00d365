// Each upload waits for the converter to drop its output. The watcher closes on its own 'add'
// or 'error', yet the wait gives up after a minute without closing it.
import chokidar from 'chokidar';
import type { Request, Response } from 'express';
import { Router } from 'express';

export const uploads = Router();

uploads.post('/convert/:id', (req: Request, res: Response) => {
  const outbox = `/srv/converted/${req.params.id}`;
  const watcher = chokidar.watch(outbox, { ignoreInitial: true }); // expect: unclosed-watcher
  watcher.on('add', (file: string) => {
    void watcher.close();
    res.json({ file });
  });
  watcher.on('error', (err: Error) => {
    void watcher.close();
    res.status(500).json({ error: err.message });
  });
  res.setTimeout(60_000, () => {
    if (!res.headersSent) res.status(202).json({ pending: true });
  });
});
