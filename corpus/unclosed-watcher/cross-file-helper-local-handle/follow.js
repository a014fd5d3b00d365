// Follows a folder for one subscriber. The watcher lives in a local: nothing closes it, and
// when the function returns nobody can.
const chokidar = require('chokidar');

function followFolder(folder, notify) {
  const watcher = chokidar.watch(folder, { ignoreInitial: true });
  watcher.on('error', (error) => console.error('watch failed', folder, error));
  watcher.on('all', (kind, file) => notify({ kind, file }));
}

module.exports = { followFolder };
