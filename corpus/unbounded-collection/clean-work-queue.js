// A queue: requests push, a worker shifts. Entries leave as fast as they are processed.
const express = require('express');

const app = express();
const queue = [];

app.post('/jobs', (req, res) => {
  queue.push({ body: req.body, at: Date.now() });
  res.sendStatus(202);
});

setInterval(() => {
  const job = queue.shift();
  if (job) console.log('processing', job.at);
}, 100).unref();
