// Long-poll requests park a callback that answers them, grouped by user; only a new
// notification for that user takes the group out. A client that gives up and polls again
// leaves its callback, and the response it answers, behind.
const express = require('express');

const router = express.Router();
const parked = new Map(); // expect: unbounded-collection

router.get('/notifications/poll', (req, res) => {
  const userId = String(req.query.user);
  let list = parked.get(userId);
  if (!list) {
    list = [];
    parked.set(userId, list);
  }
  list.push((notifications) => res.json({ notifications }));
});

router.post('/notifications/:userId', express.json(), (req, res) => {
  const list = parked.get(req.params.userId);
  parked.delete(req.params.userId);
  for (const deliver of list || []) deliver([req.body]);
  res.sendStatus(204);
});

module.exports = { router };
