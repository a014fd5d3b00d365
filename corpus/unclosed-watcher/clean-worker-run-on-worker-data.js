// A worker per job that gets its input as workerData and is never messaged: its script computes,
// posts the result and returns, so the thread exits by itself. No terminate() is needed.
'use strict';
const { Worker } = require('node:worker_threads');
const express = require('express');

const app = express();
app.use(express.json());

app.post('/thumbnails', (req, res) => {
  const worker = new Worker(require.resolve('./thumbnail.js'), { workerData: { url: req.body.url } });
  worker.once('message', (png) => res.type('image/png').send(Buffer.from(png)));
  worker.once('error', (err) => res.status(500).json({ error: err.message }));
});

app.listen(3031);
