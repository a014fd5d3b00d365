// A helper of this file makes the worker; the route terminates it only after a good reply, so
// every failed conversion leaves a worker alive.
const { Worker } = require('node:worker_threads');
const express = require('express');

const app = express();

function startConverter() {
  return new Worker(require.resolve('./convert-worker.js'));
}

function convert(worker, doc) {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.postMessage(doc);
  });
}

app.post('/convert', async (req, res, next) => {
  const worker = startConverter(); // expect: unclosed-watcher
  try {
    const pdf = await convert(worker, req.body);
    await worker.terminate();
    res.type('pdf').send(pdf);
  } catch (err) {
    next(err);
  }
});

module.exports = app;
