import { createReadStream } from 'node:fs';
import type { Request, Response } from 'express';

// Streams a recording. The file stream is destroyed when reading fails, but a listener who
// stops halfway only unpipes it, and the file stays open.
export function playRecording(req: Request, res: Response): void {
  const audio = createReadStream(`/srv/recordings/${encodeURIComponent(req.params.id)}.ogg`);
  audio.on('error', () => {
    audio.destroy();
    res.status(404).end();
  });
  audio.pipe(res); // expect: unended-stream
}
