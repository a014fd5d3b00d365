import https from 'node:https';
import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'express';

const CACHE_DIR = '/var/cache/avatars';

export function mirrorAvatar(req: Request, res: Response): void {
  const url = String(req.query.src);
  const dest = path.join(CACHE_DIR, encodeURIComponent(url));
  https.get(url, (upstream) => {
    const out = upstream.pipe(fs.createWriteStream(dest)); // expect: unended-stream
    out.on('finish', () => res.sendFile(dest));
  });
}
