// The watcher returned by chokidar (with .on chained) is kept nowhere and never closed.
import chokidar from 'chokidar';

export function reloadOnChange(dir, reload) {
  chokidar.watch(dir, { ignoreInitial: true }).on('all', () => reload(dir)); // expect: unclosed-watcher
}
