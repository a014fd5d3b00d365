// Watcher helpers: `watchFile` hands the watcher back, `follow` keeps nothing.
const fs = require('fs');

function watchFile(path, onChange) {
  return fs.watch(path, onChange);
}

function follow(path, onChange) {
  fs.watch(path, onChange);
}

module.exports = { watchFile, follow };
