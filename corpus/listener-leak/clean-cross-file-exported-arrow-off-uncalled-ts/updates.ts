import type { IncomingMessage, ServerResponse } from 'node:http';
import { offUpdate, onUpdate, type Update } from './feed';

export default function handler(req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const send = (u: Update) => res.write(`data: ${JSON.stringify(u)}\n\n`);
  onUpdate(send);
  req.on('close', () => offUpdate(send));
}
