// The parked response is also taken out when its client goes away, so only waiting clients stay.
const express = require('express');

const waiting = new Map();
const router = express.Router();

router.get('/notifications/poll', (req, res) => {
  const userId = req.get('x-user-id');
  waiting.set(userId, res);
  req.on('close', () => {
    if (waiting.get(userId) === res) waiting.delete(userId);
  });
});

function deliver(userId, notification) {
  const res = waiting.get(userId);
  if (!res) return false;
  waiting.delete(userId);
  res.json({ notifications: [notification] });
  return true;
}

module.exports = { router, deliver };
