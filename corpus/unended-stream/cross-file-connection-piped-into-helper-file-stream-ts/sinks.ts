// Opens the day's append-only log file for one source.
import { createWriteStream, WriteStream } from 'fs';
import { join } from 'path';

export function openDailyLog(source: string): WriteStream {
  const day = new Date().toISOString().slice(0, 10);
  return createWriteStream(join('/var/log/ingest', day, `${source}.log`), { flags: 'a' });
}
