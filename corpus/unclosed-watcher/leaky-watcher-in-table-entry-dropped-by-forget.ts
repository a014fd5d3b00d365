import { watch, FSWatcher } from 'node:fs';

interface Tail {
  watcher: FSWatcher;
  lastSeen: number;
}

const tails = new Map<string, Tail>();

export function follow(file: string, onChange: (file: string) => void) {
  const existing = tails.get(file);
  if (existing) {
    existing.lastSeen = Date.now();
    return;
  }
  const watcher = watch(file, () => onChange(file)); // expect: unclosed-watcher
  tails.set(file, { watcher, lastSeen: Date.now() });
}

export function forget(file: string) {
  tails.delete(file);
}

export function stopAll() {
  for (const tail of tails.values()) tail.watcher.close();
  tails.clear();
}
