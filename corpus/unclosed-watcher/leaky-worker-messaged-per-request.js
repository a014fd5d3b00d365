// Each report request starts a worker thread and sends it the job. The worker's script waits on
// parentPort for messages, so it never exits on its own, and nothing terminates it.
'use strict';
const { Worker } = require('node:worker_threads');
const express = require('express');

const app = express();
app.use(express.json());

app.post('/reports', (req, res) => {
  const worker = new Worker(require.resolve('./render-report.js')); // expect: unclosed-watcher
  worker.once('message', (pdf) => res.type('application/pdf').send(Buffer.from(pdf)));
  worker.once('error', (err) => res.status(500).json({ error: err.message }));
  worker.postMessage({ title: req.body.title, rows: req.body.rows });
});

app.listen(3030);
