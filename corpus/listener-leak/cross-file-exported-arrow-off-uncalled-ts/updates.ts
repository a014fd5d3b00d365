import type { IncomingMessage, ServerResponse } from 'node:http';
import { onUpdate } from './feed';

export default function handler(req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  onUpdate((u) => res.write(`data: ${JSON.stringify(u)}\n\n`)); // expect: listener-leak
}
