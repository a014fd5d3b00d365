// Each preview starts its own renderer and stops it only after a render that succeeds: a
// render that throws leaves the process running.
import type { Request, Response } from 'express';
import { startRenderer } from './renderer';

export async function preview(req: Request, res: Response): Promise<void> {
  const renderer = startRenderer(Number(req.query.width ?? 800)); // expect: unclosed-watcher
  const png = await renderer.render(String(req.body.html));
  renderer.stop();
  res.type('png').send(png);
}
