// A profiling request samples the queue while a drain runs, and stops the sampler in a
// finally: the interval ends with the request whatever the drain does.
const express = require('express');
const { DepthSampler } = require('./sampler');
const { drain, queueDepth } = require('./queues');

const app = express();

app.post('/queues/:name/profile', async (req, res) => {
  const sampler = new DepthSampler(() => queueDepth(req.params.name));
  sampler.start();
  try {
    await drain(req.params.name);
  } finally {
    res.json({ samples: sampler.stop() });
  }
});

module.exports = app;
