// An audit job appends each batch to a log file; a batch with nothing to write returns before
// the stream is ended, and each such batch leaves a file descriptor behind.
import { createWriteStream } from 'node:fs';

export interface AuditEntry { at: string; actor: string; action: string }

export async function appendBatch(file: string, entries: AuditEntry[]): Promise<number> {
  const log = createWriteStream(file, { flags: 'a' }); // expect: unended-stream
  const fresh = entries.filter((e) => e.actor !== 'system');
  if (fresh.length === 0) {
    return 0;
  }
  for (const entry of fresh) log.write(`${entry.at}\t${entry.actor}\t${entry.action}\n`);
  log.end();
  return fresh.length;
}
