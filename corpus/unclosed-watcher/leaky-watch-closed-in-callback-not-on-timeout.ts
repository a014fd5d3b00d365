// Waits for a file to appear: the watcher closes itself when it sees the file, but the timeout
// rejects and leaves it watching the folder.
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';

const INBOX = '/var/spool/renders';

function waitForRender(name: string, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const watcher = fs.watch(INBOX, (event, filename) => {
      if (filename !== name) return;
      clearTimeout(timer);
      watcher.close();
      resolve(path.join(INBOX, name));
    });
    const timer = setTimeout(() => reject(new Error(`${name} not rendered`)), ms);
  });
}

const app = express();
app.get('/renders/:name', async (req, res) => {
  try {
    res.sendFile(await waitForRender(path.basename(req.params.name), 10_000)); // expect: unclosed-watcher
  } catch (err) {
    res.status(504).send(String(err));
  }
});
app.listen(3007);
