// The worker is messaged, so it would stay, but the helper terminates it in `finally`, whether
// the hash arrives, fails, or times out.
import { Worker } from 'node:worker_threads';
import type { Request, Response } from 'express';

export async function hashPassword(req: Request, res: Response): Promise<void> {
  const worker = new Worker(new URL('./hash.worker.js', import.meta.url));
  try {
    const hash = await new Promise<string>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage({ password: String(req.body.password) });
    });
    res.json({ hash });
  } finally {
    await worker.terminate();
  }
}
