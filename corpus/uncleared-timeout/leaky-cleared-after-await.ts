// An upload route guards a slow object-store write with a timer that marks the upload as
// stalled, and clears it after the write returns. When the write throws, the clear is skipped:
// each failing upload leaves a five-minute timer holding the request's body and response.
import express from 'express';
import { putObject } from './store';

const app = express();

app.post('/files/:name', async (req, res) => {
  const stalled = setTimeout(() => { // expect: uncleared-timeout
    res.status(504).end('storage stalled');
  }, 300_000);
  const etag = await putObject(req.params.name, req.body);
  clearTimeout(stalled);
  res.json({ etag });
});

export default app;
