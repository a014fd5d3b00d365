import chokidar from 'chokidar';
import type { Request, Response } from 'express';

export function waitForBuild(req: Request, res: Response): void {
  const dir = `/srv/builds/${encodeURIComponent(String(req.params.id))}`;
  const watcher = chokidar.watch(`${dir}/done`, { ignoreInitial: true });
  watcher.on('add', () => {
    void watcher.close();
    res.json({ ready: true });
  });
  req.on('close', () => void watcher.close());
}
