// Downloads that tie both ends: stream.pipeline, and a pipe whose source is destroyed when the
// response closes early; piping into a file the code owns is left alone.
import fs from 'node:fs';
import { pipeline } from 'node:stream';
import express from 'express';

const app = express();

app.get('/files/:name', (req, res) => {
  pipeline(fs.createReadStream(`/srv/files/${req.params.name}`), res, () => {});
});

app.get('/logs/:name', (req, res) => {
  const file = fs.createReadStream(`/srv/logs/${req.params.name}`);
  res.on('close', () => file.destroy());
  file.pipe(res);
});

export function copy(from: string, to: string): void {
  fs.createReadStream(from).pipe(fs.createWriteStream(to));
}

export default app;
