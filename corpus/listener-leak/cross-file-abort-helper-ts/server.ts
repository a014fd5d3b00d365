// Each upload hangs a cancel callback on the process-wide shutdown signal, which aborts once,
// at SIGTERM: until then every upload's stream stays reachable.
import express from 'express';
import { PassThrough } from 'node:stream';
import { onAbort } from './abort';

const shutdown = new AbortController();
const app = express();

app.put('/files/:name', (req, res) => {
  const upload = new PassThrough();
  onAbort(shutdown.signal, () => upload.destroy()); // expect: listener-leak
  req.pipe(upload).on('finish', () => res.sendStatus(201));
});

process.once('SIGTERM', () => shutdown.abort());

app.listen(3000);
