// A backup route chains an error listener onto the file stream and pipes it on: the listener
// handles read failures, but a client that goes away still leaves the file open.
import { createReadStream } from 'node:fs';
import express from 'express';

const app = express();
app.get('/backups/:id', (req, res, next) => {
  createReadStream(`/var/backups/${Number(req.params.id)}.tar`)
    .on('error', (err) => (res.headersSent ? res.destroy(err) : next(err)))
    .pipe(res); // expect: unended-stream
});
app.listen(8311);
