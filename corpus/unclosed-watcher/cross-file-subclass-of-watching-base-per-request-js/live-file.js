// A value read from a file and kept fresh: the constructor starts a watcher that close() ends.
const fs = require('fs');

class LiveFile {
  constructor(path) {
    this.path = path;
    this.text = fs.readFileSync(path, 'utf8');
    this.watcher = fs.watch(path, () => {
      this.text = fs.readFileSync(path, 'utf8');
    });
  }

  close() {
    this.watcher.close();
  }
}

module.exports = { LiveFile };
