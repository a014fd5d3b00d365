// Each ingest connection is written to the day's log file opened by the helper, and the file
// stream is destroyed when the connection closes, however it ends.
import { createServer, Socket } from 'net';
import { openDailyLog } from './sinks';

export const server = createServer((conn: Socket) => {
  conn.setTimeout(60_000, () => conn.destroy());
  const log = openDailyLog(`${conn.remoteAddress}-${conn.remotePort}`);
  conn.pipe(log);
  conn.on('close', () => log.destroy());
});
