// Streams created per file inside the handler: each dies after its file.
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';

export async function digestAll(files: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const file of files) {
    const hash = createHash('sha256');
    const stream = createReadStream(file);
    stream.on('data', (chunk) => hash.update(chunk));
    await new Promise((resolve) => stream.on('end', resolve));
    out.push(hash.digest('hex'));
  }
  return out;
}
