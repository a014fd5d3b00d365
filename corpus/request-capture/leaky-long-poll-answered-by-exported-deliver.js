// Long-poll responses parked per user, taken out only by `deliver()`, which the notification
// service calls when it has something for that user: a client that leaves first stays parked.
const express = require('express');

const waiting = new Map();
const router = express.Router();

router.get('/notifications/poll', (req, res) => {
  const userId = req.get('x-user-id');
  waiting.set(userId, res); // expect: request-capture
});

function deliver(userId, notification) {
  const res = waiting.get(userId);
  if (!res) return false;
  waiting.delete(userId);
  res.json({ notifications: [notification] });
  return true;
}

module.exports = { router, deliver };
