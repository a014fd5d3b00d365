// A report route writes rows to a temporary file and uploads it. The stream is ended only at
// the end of the `try`: a query that fails half-way leaves the file open for good.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { once } = require('node:events');
const express = require('express');
const { rowsFor, upload } = require('./reports');

const app = express();

app.post('/reports/:name', async (req, res, next) => {
  const file = path.join(os.tmpdir(), `${req.params.name}-${Date.now()}.csv`);
  const sink = fs.createWriteStream(file); // expect: unended-stream
  try {
    for await (const row of rowsFor(req.params.name)) {
      if (!sink.write(row.join(',') + '\n')) await once(sink, 'drain');
    }
    sink.end();
    await once(sink, 'finish');
    res.json({ url: await upload(file) });
  } catch (err) {
    next(err);
  }
});
app.listen(8300);
