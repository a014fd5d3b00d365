// A watcher per project, started when a project is opened and stopped when it is closed; the
// stop is also the SIGTERM hook, and it never takes itself off process, so every project ever
// opened leaves a hook holding its watcher.
const chokidar = require('chokidar');

function watchProject(root, onChange) {
  const watcher = chokidar.watch(root, { ignoreInitial: true });
  watcher.on('all', onChange);
  const stop = () => watcher.close();
  process.once('SIGTERM', stop); // expect: listener-leak
  return { stop };
}

module.exports = { watchProject };
