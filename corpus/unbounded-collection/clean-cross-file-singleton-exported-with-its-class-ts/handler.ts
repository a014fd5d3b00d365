// The tracker learns of every upload, and of its end however it ends.
import type { Request, Response } from 'express';
import { nanoid } from 'nanoid';
import { uploads } from './uploads';

export async function receive(req: Request, res: Response): Promise<void> {
  const id = nanoid();
  uploads.begin(id, String(req.headers['x-user']));
  try {
    for await (const chunk of req) uploads.progress(id, (chunk as Buffer).length);
    res.status(201).json({ id });
  } finally {
    uploads.end(id);
  }
}
