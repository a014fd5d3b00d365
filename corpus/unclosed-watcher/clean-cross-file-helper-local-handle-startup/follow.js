// Follows a folder for one subscriber. The watcher lives in a local that nothing closes; this
// project calls the helper once, at start-up, so one watcher runs for the life of the process.
const chokidar = require('chokidar');

function followFolder(folder, notify) {
  const watcher = chokidar.watch(folder, { ignoreInitial: true });
  watcher.on('error', (error) => console.error('watch failed', folder, error));
  watcher.on('all', (kind, file) => notify({ kind, file }));
}

module.exports = { followFolder };
