import { createReadStream } from 'fs';
import type { ServerResponse } from 'http';

// Streams a finished report file. Called once per download by the server, where the missing
// teardown is shown, with a step into this helper.
export function sendReport(res: ServerResponse, file: string): void {
  res.setHeader('Content-Type', 'application/pdf');
  createReadStream(file).pipe(res);
}
