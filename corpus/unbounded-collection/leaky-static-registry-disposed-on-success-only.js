// Scratch directories for report rendering; every live one is listed so that a crash
// report can name them. The renderer disposes of its directory when it is done.
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

class Scratch {
  static live = new Set(); // expect: unbounded-collection

  static async open(prefix) {
    const scratch = new Scratch(await fsp.mkdtemp(path.join(os.tmpdir(), prefix)));
    Scratch.live.add(scratch);
    return scratch;
  }

  constructor(dir) {
    this.dir = dir;
  }

  async dispose() {
    Scratch.live.delete(this);
    await fsp.rm(this.dir, { recursive: true, force: true });
  }
}

async function renderReport(report, render) {
  const scratch = await Scratch.open('report-');
  await render(report, path.join(scratch.dir, 'out.pdf'));
  const bytes = await fsp.readFile(path.join(scratch.dir, 'out.pdf'));
  await scratch.dispose();
  return bytes;
}

module.exports = { Scratch, renderReport };
