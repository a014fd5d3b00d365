import type { Request, Response } from 'express';

// Search results by the raw query string; only a failed search is forgotten.
const results = new Map<string, Promise<string[]>>(); // expect: unbounded-collection

function searchOnce(req: Request, run: (q: string) => Promise<string[]>): Promise<string[]> {
  const q = req.query.q as string;
  const known = results.get(q);
  if (known) return known;
  const fresh = run(q);
  results.set(q, fresh);
  fresh.catch(() => results.delete(q));
  return fresh;
}

export async function search(req: Request, res: Response): Promise<void> {
  res.json(await searchOnce(req, async (q) => [q]));
}
