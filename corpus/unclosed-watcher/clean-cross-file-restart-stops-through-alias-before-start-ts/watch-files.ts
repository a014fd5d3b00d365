import chokidar, { type FSWatcher } from 'chokidar';

export function watchFiles(paths: string[], onChange: (file: string) => void): FSWatcher {
  const watcher = chokidar.watch(paths, { ignoreInitial: true });
  watcher.on('change', onChange);
  return watcher;
}
