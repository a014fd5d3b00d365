// A module's watcher table keyed by each watcher's path. `unwatch(watcher)` deletes the
// watcher object itself from the table, which is keyed by its path, so nothing goes and every
// watcher ever registered stays in the module.
export interface Watcher {
  path: string;
  close(): void;
}

const watchers = new Map<string, Watcher>(); // expect: unbounded-collection

export function watch(watcher: Watcher): void {
  watchers.set(watcher.path, watcher);
}

export function unwatch(watcher: Watcher): void {
  watcher.close();
  watchers.delete(watcher as unknown as string);
}
