// The same job writes through pipeline, which ends or destroys the file on every path.
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface AuditEntry { at: string; actor: string; action: string }

export async function appendBatch(file: string, entries: AuditEntry[]): Promise<number> {
  const fresh = entries.filter((e) => e.actor !== 'system');
  if (fresh.length === 0) {
    return 0;
  }
  const log = createWriteStream(file, { flags: 'a' });
  await pipeline(Readable.from(fresh.map((e) => `${e.at}\t${e.actor}\t${e.action}\n`)), log);
  return fresh.length;
}
