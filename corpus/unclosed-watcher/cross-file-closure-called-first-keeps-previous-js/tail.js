// A helper that starts a file watcher and hands it back to the caller.
const fs = require('fs');

function tailFile(path, onLine) {
  let offset = 0;
  return fs.watch(path, { persistent: false }, () => {
    fs.readFile(path, 'utf8', (err, body) => {
      if (err) return;
      body.slice(offset).split('\n').filter(Boolean).forEach(onLine);
      offset = body.length;
    });
  });
}

module.exports = { tailFile };
