// The same hub, in TypeScript: a client that goes away takes its session with it.
import { randomUUID } from 'crypto';
import express, { type Request, type Response } from 'express';

class StreamHub {
  private readonly streams = new Map<string, { res: Response; ping: NodeJS.Timeout }>();

  open(_req: Request, res: Response): void {
    const id = randomUUID();
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const ping = setInterval(() => res.write(': ping\n\n'), 15000);
    this.streams.set(id, { res, ping });
    res.on('close', () => {
      clearInterval(ping);
      this.streams.delete(id);
    });
  }

  close(): void {
    for (const { res, ping } of this.streams.values()) {
      clearInterval(ping);
      res.end();
    }
    this.streams.clear();
  }
}

export const hub = new StreamHub();
export const app = express();
app.get('/stream', (req, res) => hub.open(req, res));
