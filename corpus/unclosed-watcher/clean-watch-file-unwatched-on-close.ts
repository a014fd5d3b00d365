import { unwatchFile, watchFile } from 'node:fs';
import express from 'express';

const app = express();

// A live preview streams changes to the one client that asked, and stops polling when it leaves.
app.get('/preview/:name/live', (req, res) => {
  const file = `/srv/drafts/${req.params.name}.md`;
  const changed = () => res.write(`data: ${Date.now()}\n\n`);
  res.setHeader('Content-Type', 'text/event-stream');
  watchFile(file, { interval: 1000 }, changed);
  req.on('close', () => unwatchFile(file, changed));
});

app.listen(3000);
