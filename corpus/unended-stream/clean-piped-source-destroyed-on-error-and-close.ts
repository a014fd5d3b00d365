import { createReadStream } from 'node:fs';
import type { Request, Response } from 'express';

// Streams a recording; the file stream is destroyed when reading fails and when the listener
// stops halfway.
export function playRecording(req: Request, res: Response): void {
  const audio = createReadStream(`/srv/recordings/${encodeURIComponent(req.params.id)}.ogg`);
  audio.on('error', () => {
    audio.destroy();
    res.status(404).end();
  });
  res.on('close', () => audio.destroy());
  audio.pipe(res);
}
