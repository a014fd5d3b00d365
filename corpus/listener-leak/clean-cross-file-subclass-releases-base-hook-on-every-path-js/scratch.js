// A scratch directory removed at exit unless released first.
const fs = require('fs');
const os = require('os');
const path = require('path');

class Scratch {
  constructor(prefix) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
    this.removeAtExit = () => fs.rmSync(this.dir, { recursive: true, force: true });
    process.on('exit', this.removeAtExit);
  }

  release() {
    process.off('exit', this.removeAtExit);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

module.exports = { Scratch };
