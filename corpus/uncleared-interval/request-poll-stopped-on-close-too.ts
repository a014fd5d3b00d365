// The same status stream, in TypeScript: the response's 'close' stops the poll as well.
import express from 'express';
import { find } from './builds';

export const app = express();

app.get('/builds/:id/status', (req, res) => {
  res.setHeader('content-type', 'application/x-ndjson');
  const poll = setInterval(async () => {
    const build = await find(req.params.id);
    if (build.state === 'succeeded') {
      clearInterval(poll);
      res.end(JSON.stringify(build) + '\n');
      return;
    }
    res.write(JSON.stringify({ state: build.state }) + '\n');
  }, 2000);
  res.on('close', () => clearInterval(poll));
});
