import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage } from 'node:http';

export class Spool {
  constructor(private readonly dir: string) {}

  accept(request: IncomingMessage, name: string): Promise<string> {
    const target = path.join(this.dir, path.basename(name));
    return new Promise((resolve, reject) => {
      const sink = request.pipe(fs.createWriteStream(target, { flags: 'wx' }));
      sink.on('finish', () => resolve(target));
      sink.on('error', reject);
      request.on('close', () => {
        if (!request.complete) sink.destroy();
      });
      request.on('error', reject);
    });
  }
}
