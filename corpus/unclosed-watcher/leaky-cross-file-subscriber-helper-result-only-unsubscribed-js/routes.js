// Server-sent updates for one ticket: on disconnect the route leaves the channel, but the
// connection it was handed stays open, one more for every viewer who ever came.
'use strict';
const express = require('express');
const { watchTicket } = require('./tickets');

const router = express.Router();

router.get('/tickets/:id/events', (req, res) => {
  res.set({ 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
  res.flushHeaders();
  const subscriber = watchTicket(req.params.id, (update) => { // expect: unclosed-watcher
    res.write(`data: ${JSON.stringify(update)}\n\n`);
  });
  req.on('close', () => {
    subscriber.unsubscribe().catch(() => {});
  });
});

module.exports = router;
