// A render child killed by a watchdog interval once it runs too long: the condition is asked
// again on every tick, and the child's own 'close' clears the watchdog when it ends by itself.
'use strict';
const { spawn } = require('node:child_process');
const express = require('express');

const app = express();
app.post('/renders', (req, res) => {
  const startedAt = Date.now();
  const child = spawn('render', ['--scene', String(req.query.scene)]);
  const watchdog = setInterval(() => {
    if (Date.now() - startedAt > 60_000) child.kill('SIGKILL');
  }, 1_000);
  child.on('close', (code) => {
    clearInterval(watchdog);
    res.json({ code });
  });
});
app.listen(3150);
