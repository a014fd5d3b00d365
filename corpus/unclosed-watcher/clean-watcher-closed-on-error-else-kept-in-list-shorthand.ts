// Each watched directory's watcher is closed at once if setting it up throws, and otherwise
// kept (as a shorthand property) in the list that close() empties.
import { watch, type FSWatcher } from 'node:fs';

export class DirectoryWatch {
  private readonly watched: Array<{ dir: string; watcher: FSWatcher }> = [];

  add(dir: string, onChange: (file: string) => void): void {
    const watcher = watch(dir, (_event, file) => file && onChange(String(file)));
    try {
      watcher.on('error', () => watcher.close());
    } catch (err) {
      watcher.close();
      throw err;
    }
    this.watched.push({ dir, watcher });
  }

  close(): void {
    for (const { watcher } of this.watched.splice(0)) watcher.close();
  }
}
