// Closed when the session ends, or from its own handler after the first change.
import { watch } from 'node:fs';
import chokidar from 'chokidar';

export function follow(file: string, onEnd: (stop: () => void) => void): void {
  const watcher = watch(file, () => console.log('changed'));
  onEnd(() => watcher.close());
}

export function once(dir: string, done: () => void): void {
  const watcher = chokidar.watch(dir).on('change', () => {
    watcher.close();
    done();
  });
}
