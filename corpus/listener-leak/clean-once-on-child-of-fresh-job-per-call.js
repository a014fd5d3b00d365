'use strict';
// Each conversion makes its own job, whose wait() listens once on the job's own child process:
// the listeners go with the child and the job when the conversion ends.
const { spawn } = require('node:child_process');

class ConvertJob {
  constructor(input, output) {
    this.output = output;
    this.child = spawn('convert', [input, output], { stdio: 'ignore' });
  }

  wait() {
    return new Promise((resolve, reject) => {
      this.child.once('error', reject);
      this.child.once('close', (code) => (code === 0 ? resolve(this.output) : reject(new Error(`convert exited ${code}`))));
    });
  }
}

async function convert(input, output) {
  const job = new ConvertJob(input, output);
  return job.wait();
}

async function convertAll(files) {
  const done = [];
  for (const file of files) done.push(await convert(file, `${file}.webp`));
  return done;
}

module.exports = { convertAll };
