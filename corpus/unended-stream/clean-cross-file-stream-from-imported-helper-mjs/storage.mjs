import fs from 'node:fs';
import path from 'node:path';

const ROOT = '/srv/media';

export function openMedia(name, start, end) {
  return fs.createReadStream(path.join(ROOT, path.basename(name)), { start, end });
}
