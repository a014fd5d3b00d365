// A server-sent-events hub. Its `subscribe()` returns nothing: the response leaves the set
// when it closes, so a caller has no subscription to keep.
import { Injectable } from '@nestjs/common';
import type { Response } from 'express';

@Injectable()
export class EventsService {
  private readonly clients = new Set<Response>();

  subscribe(res: Response): void {
    res.setHeader('Content-Type', 'text/event-stream');
    res.flushHeaders();
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  broadcast(name: string, data: unknown): void {
    for (const res of this.clients) res.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
  }
}
