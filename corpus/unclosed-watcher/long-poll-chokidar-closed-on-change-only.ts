import chokidar from 'chokidar';
import type { Request, Response } from 'express';

export function waitForBuild(req: Request, res: Response): void {
  const dir = `/srv/builds/${encodeURIComponent(String(req.params.id))}`;
  const watcher = chokidar.watch(`${dir}/done`, { ignoreInitial: true }); // expect: unclosed-watcher
  watcher.on('add', () => {
    void watcher.close();
    res.json({ ready: true });
  });
}
