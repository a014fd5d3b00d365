// The same downloads, in TypeScript: 'close' comes however the response ends.
import { createReadStream } from 'fs';
import { createGzip } from 'zlib';
import { Router } from 'express';

export const router = Router();

router.get('/logs/:day', (req, res) => {
  const file = createReadStream(`/var/log/app/${req.params.day}.log`);
  const gzip = createGzip();
  res.once('close', () => {
    file.destroy();
    gzip.destroy();
  });
  res.setHeader('content-encoding', 'gzip');
  file.pipe(gzip).pipe(res);
});
