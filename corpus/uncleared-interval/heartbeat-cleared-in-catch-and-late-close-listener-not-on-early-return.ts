import type { Request, Response, NextFunction } from 'express';

declare function loadFeed(id: string): Promise<string[] | null>;

export async function feed(req: Request, res: Response, next: NextFunction) {
  const beat = setInterval(() => res.write(': keep-alive\n\n'), 15_000); // expect: uncleared-interval
  let items: string[] | null;
  try {
    items = await loadFeed(req.params.id);
  } catch (err) {
    clearInterval(beat);
    next(err);
    return;
  }
  if (items === null) {
    res.sendStatus(404);
    return;
  }
  res.write(`data: ${JSON.stringify(items)}\n\n`);
  req.on('close', () => clearInterval(beat));
}
