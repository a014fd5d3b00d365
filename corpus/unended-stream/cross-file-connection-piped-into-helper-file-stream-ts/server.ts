// Each ingest connection is written to the day's log file opened by the helper; a reset or
// idle-destroyed connection never ends, so the file stream is never ended either.
import { createServer, Socket } from 'net';
import { openDailyLog } from './sinks';

export const server = createServer((conn: Socket) => {
  conn.setTimeout(60_000, () => conn.destroy());
  const log = openDailyLog(`${conn.remoteAddress}-${conn.remotePort}`);
  conn.pipe(log); // expect: unended-stream
});
