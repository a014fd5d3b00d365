// The same route, clearing the timer in `finally`: it runs whether the write returns or throws.
import express from 'express';
import { putObject } from './store';

const app = express();

app.post('/files/:name', async (req, res) => {
  const stalled = setTimeout(() => {
    res.status(504).end('storage stalled');
  }, 300_000);
  try {
    const etag = await putObject(req.params.name, req.body);
    res.json({ etag });
  } finally {
    clearTimeout(stalled);
  }
});

export default app;
