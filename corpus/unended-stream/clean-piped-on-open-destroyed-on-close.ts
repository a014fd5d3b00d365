import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';

export function serveReport(file: string, _req: IncomingMessage, res: ServerResponse): void {
  const report = createReadStream(file, { highWaterMark: 128 * 1024 });
  report.once('open', () => {
    res.writeHead(200, { 'content-type': 'text/csv' });
    report.pipe(res);
  });
  report.once('error', () => res.writeHead(500).end());
  res.once('close', () => report.destroy());
}
