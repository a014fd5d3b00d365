// Each preview stops its renderer in a finally, however the render ends.
import type { Request, Response } from 'express';
import { startRenderer } from './renderer';

export async function preview(req: Request, res: Response): Promise<void> {
  const renderer = startRenderer(Number(req.query.width ?? 800));
  try {
    res.type('png').send(await renderer.render(String(req.body.html)));
  } finally {
    renderer.stop();
  }
}
