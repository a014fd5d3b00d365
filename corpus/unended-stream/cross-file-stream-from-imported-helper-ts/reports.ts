import { createReadStream, type ReadStream } from 'node:fs';
import path from 'node:path';

const REPORTS = '/var/reports';

export function openReport(name: string): ReadStream {
  return createReadStream(path.join(REPORTS, path.basename(name)));
}
