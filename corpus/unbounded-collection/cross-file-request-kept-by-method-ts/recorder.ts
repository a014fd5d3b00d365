// Keeps every request it is handed, to replay them in a debugging session; nothing ever
// forgets one.
import type { Request } from 'express';

class Recorder {
  private readonly seen: Request[] = [];

  add(req: Request): void {
    this.seen.push(req);
  }

  replayable(): string[] {
    return this.seen.map((req) => `${req.method} ${req.originalUrl}`);
  }
}

export const recorder = new Recorder();
