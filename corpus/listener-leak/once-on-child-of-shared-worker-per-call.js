'use strict';
// One long-running converter process serves every request; each request waits on it with a
// `once('error')` that only a crash fires, so every finished request leaves its listener.
const { spawn } = require('node:child_process');
const express = require('express');

class Converter {
  constructor() {
    this.child = spawn('converter-daemon', [], { stdio: ['pipe', 'pipe', 'ignore'] });
  }

  convert(file) {
    return new Promise((resolve, reject) => {
      this.child.once('error', reject);
      this.child.stdin.write(`${file}\n`, (err) => (err ? reject(err) : resolve(`${file}.webp`)));
    });
  }
}

const converter = new Converter();
const app = express();
app.post('/convert/:file', async (req, res) => res.json({ output: await converter.convert(req.params.file) })); // expect: listener-leak
app.listen(3000);
