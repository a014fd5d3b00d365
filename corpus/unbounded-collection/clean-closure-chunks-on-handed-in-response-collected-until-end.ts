import type { IncomingMessage } from 'node:http';

export function readBody(res: IncomingMessage, done: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const seen = new Set<number>();
  res.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    seen.add(chunk.length);
  });
  res.on('end', () => {
    seen.delete(0);
    done(Buffer.concat(chunks));
  });
}
