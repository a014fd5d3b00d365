import type { Socket } from 'node:net';

export function reportThroughput(conn: Socket, report: (bytes: number) => void): NodeJS.Timeout {
  let bytes = 0;
  const poll = setInterval(() => {
    report(bytes);
    bytes = 0;
  }, 1000);
  conn.on('data', (chunk: Buffer) => { bytes += chunk.length; });
  conn.once('close', () => clearInterval(poll));
  return poll;
}
