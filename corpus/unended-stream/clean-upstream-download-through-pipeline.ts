import https from 'node:https';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream';
import type { Request, Response } from 'express';

const CACHE_DIR = '/var/cache/avatars';

export function mirrorAvatar(req: Request, res: Response): void {
  const url = String(req.query.src);
  const dest = path.join(CACHE_DIR, encodeURIComponent(url));
  https.get(url, (upstream) => {
    pipeline(upstream, fs.createWriteStream(dest), (err) => {
      if (err) res.status(502).end();
      else res.sendFile(dest);
    });
  });
}
