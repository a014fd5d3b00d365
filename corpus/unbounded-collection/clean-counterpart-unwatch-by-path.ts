// `unwatch(watcher)` deletes by the watcher's path, the key it was added under.
export interface Watcher {
  path: string;
  close(): void;
}

const watchers = new Map<string, Watcher>();

export function watch(watcher: Watcher): void {
  watchers.set(watcher.path, watcher);
}

export function unwatch(watcher: Watcher): void {
  watcher.close();
  watchers.delete(watcher.path);
}
