// The feed route takes the counters from the keep-alive and leaves its stop behind: a client
// that goes away leaves the interval (and the response it writes to) running.
const express = require('express');
const { keepStreamAlive } = require('./heartbeat');

const router = express.Router();

router.get('/feed', (req, res) => {
  res.set({ 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const { stats } = keepStreamAlive(res); // expect: uncleared-interval
  res.write(`event: hello\ndata: ${JSON.stringify({ user: req.query.user, sent: stats.sent })}\n\n`);
});

module.exports = router;
