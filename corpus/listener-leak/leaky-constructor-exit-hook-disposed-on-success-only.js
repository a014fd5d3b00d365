// Each render job gets a scratch directory that is removed at exit unless the job disposes of
// it first. The job disposes only when rendering succeeds: a failed render keeps its 'exit'
// hook on `process`, and the hook keeps the directory path and the job's state.
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const express = require('express');

class Scratch {
  static async open(label) {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), `${label}-`));
    return new Scratch(dir);
  }

  constructor(dir) {
    this.dir = dir;
    this.removeAtExit = () => fs.rmSync(dir, { recursive: true, force: true });
    process.on('exit', this.removeAtExit);
  }

  path(name) {
    return path.join(this.dir, name);
  }

  async close() {
    process.off('exit', this.removeAtExit);
    await fsp.rm(this.dir, { recursive: true, force: true });
  }
}

const app = express();
app.use(express.json());

app.post('/render', async (req, res) => {
  const scratch = await Scratch.open('render'); // expect: listener-leak
  try {
    await fsp.writeFile(scratch.path('input.json'), JSON.stringify(req.body));
    const output = await renderInto(scratch.path('input.json'), scratch.path('out.pdf'));
    await scratch.close();
    res.type('application/pdf').send(output);
  } catch (error) {
    res.status(500).json({ error: error.message });
  }
});

async function renderInto(input, output) {
  const data = await fsp.readFile(input);
  await fsp.writeFile(output, data);
  return fsp.readFile(output);
}

app.listen(8080);
