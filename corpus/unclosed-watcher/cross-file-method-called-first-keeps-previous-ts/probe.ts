// A helper that watches a socket file for a health probe and hands the watcher back.
import { watch, FSWatcher } from 'fs';

export function watchHealth(path: string, onChange: () => void): FSWatcher {
  return watch(path, { persistent: false }, onChange);
}
