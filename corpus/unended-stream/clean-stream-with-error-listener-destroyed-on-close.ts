// The same route also destroys the file stream when the response closes first.
import { createReadStream } from 'node:fs';
import express from 'express';

const app = express();
app.get('/backups/:id', (req, res, next) => {
  const archive = createReadStream(`/var/backups/${Number(req.params.id)}.tar`)
    .on('error', (err) => (res.headersSent ? res.destroy(err) : next(err)));
  res.on('close', () => archive.destroy());
  archive.pipe(res);
});
app.listen(8311);
