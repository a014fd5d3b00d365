// The feed route takes the keep-alive's stop with its counters and calls it when the client goes.
const express = require('express');
const { keepStreamAlive } = require('./heartbeat');

const router = express.Router();

router.get('/feed', (req, res) => {
  res.set({ 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const { stats, stop } = keepStreamAlive(res);
  req.on('close', stop);
  res.write(`event: hello\ndata: ${JSON.stringify({ user: req.query.user, sent: stats.sent })}\n\n`);
});

module.exports = router;
