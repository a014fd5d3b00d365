// A function the application calls for each request (it takes the request and its response),
// exported without any route in this file: each call keeps one more entry.
import type { IncomingMessage, ServerResponse } from 'node:http';

const recent: { url: string; at: number }[] = []; // expect: unbounded-collection

export function audit(req: IncomingMessage, res: ServerResponse): void {
  recent.push({ url: req.url ?? '/', at: Date.now() });
  res.setHeader('x-audited', '1');
}
