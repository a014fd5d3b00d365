// A child killed only while it is still running: the other outcome is a child that has already
// exited. And a short command that is never killed runs to its end by itself.
'use strict';
const { spawn, execFile } = require('node:child_process');
const express = require('express');

const app = express();
app.post('/convert', (req, res) => {
  const convert = spawn('convert', ['-', 'png:-']);
  const stop = setTimeout(() => {
    if (convert.exitCode === null) convert.kill('SIGKILL');
  }, 30_000);
  convert.on('close', () => clearTimeout(stop));
  req.pipe(convert.stdin);
  convert.stdout.pipe(res);
  res.on('close', () => convert.kill());
});
app.get('/version', (req, res) => {
  execFile('convert', ['-version'], (err, out) => res.send(err ? 'unknown' : out));
});
app.listen(3120);
