// The same stream, removing each request's listener when its response closes.
import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';

export class Broadcaster extends EventEmitter {
  init(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const write = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
    this.on('data', write);
    res.on('close', () => this.off('data', write));
  }

  send(data: unknown): void {
    this.emit('data', data);
  }
}
