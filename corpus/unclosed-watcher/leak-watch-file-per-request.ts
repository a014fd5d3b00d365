import { watchFile } from 'node:fs';
import express from 'express';

const app = express();

// Every status request polls the lock file again: one more listener on its stat watcher each time.
app.get('/deploy/:env/status', (req, res) => {
  const lock = `/var/run/deploy-${req.params.env}.lock`;
  watchFile(lock, { interval: 500 }, (curr) => console.log(`${lock} is ${curr.size ? 'held' : 'free'}`)); // expect: unclosed-watcher
  res.json({ env: req.params.env });
});

app.listen(3000);
