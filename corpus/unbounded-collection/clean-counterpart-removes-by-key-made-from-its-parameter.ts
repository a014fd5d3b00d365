// `unwatch` names its key differently from `watch`, but derives it from the file it is handed
// through the same resolver `watch` keys by: the removal finds the entry.
import { resolve } from "node:path";
import { watch as watchFile, type FSWatcher } from "node:fs";

export class ConfigWatcher {
  private readonly watchers = new Map<string, FSWatcher>();

  watch(file: string, onChange: () => void): void {
    const absolute = resolve(file);
    if (this.watchers.has(absolute)) return;
    this.watchers.set(absolute, watchFile(absolute, onChange));
  }

  unwatch(file: string): void {
    const target = resolve(file);
    this.watchers.get(target)?.close();
    this.watchers.delete(target);
  }
}
