// Watches a source tree and reports changed files in batches; the caller gets the watcher.
import { watch, type FSWatcher } from "node:fs";
import { join } from "node:path";

export function watchSources(root: string, onBatch: (files: string[]) => void): FSWatcher {
  const changed = new Set<string>();
  let flush: NodeJS.Timeout | undefined;
  return watch(root, { recursive: true }, (_kind, name) => {
    if (!name) return;
    changed.add(join(root, String(name)));
    clearTimeout(flush);
    flush = setTimeout(() => {
      onBatch([...changed]);
      changed.clear();
    }, 40);
  });
}
