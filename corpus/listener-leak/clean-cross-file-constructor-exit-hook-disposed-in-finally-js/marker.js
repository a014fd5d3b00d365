// A marker file, whose 'exit' hook comes off when the marker is disposed of.
const fs = require('fs');
const fsp = require('fs/promises');

class Marker {
  static async create(file) {
    await fsp.writeFile(file, String(process.pid), { flag: 'wx' });
    const marker = new Marker(file);
    return marker;
  }

  constructor(file) {
    this.file = file;
    this.dropAtExit = () => fs.rmSync(this.file, { force: true });
    process.on('exit', this.dropAtExit);
  }

  async dispose() {
    process.removeListener('exit', this.dropAtExit);
    await fsp.rm(this.file, { force: true });
  }
}

module.exports = { Marker };
