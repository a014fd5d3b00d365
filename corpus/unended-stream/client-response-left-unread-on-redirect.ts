import http from 'node:http';
import { pipeline } from 'node:stream';
import type { Request, Response } from 'express';

const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });

export function thumbnail(req: Request, res: Response): void {
  const upstream = http.request( // expect: unended-stream
    { host: 'images.internal', path: `/thumb/${req.params.id}`, agent },
    (image) => {
      if (image.statusCode === 301 || image.statusCode === 302) {
        res.redirect(String(image.headers.location));
        return;
      }
      res.setHeader('content-type', image.headers['content-type'] ?? 'image/jpeg');
      pipeline(image, res, () => undefined);
    },
  );
  upstream.on('error', () => res.sendStatus(502));
  upstream.end();
}
