// Per-device polling, started from the admin UI. Saving a device's settings again stores a
// new interval under the same id, and the one already running is lost.
const express = require('express');

function pollingRoutes(poller) {
  const router = express.Router();
  const polls = new Map();

  router.put('/devices/:deviceId/polling', express.json(), (req, res) => {
    const { deviceId } = req.params;
    const every = Math.max(1000, Number(req.body.everyMs) || 5000);
    const poll = setInterval(() => poller.read(deviceId), every); // expect: uncleared-interval
    polls.set(deviceId, poll);
    res.sendStatus(204);
  });

  router.delete('/devices/:deviceId/polling', (req, res) => {
    clearInterval(polls.get(req.params.deviceId));
    polls.delete(req.params.deviceId);
    res.sendStatus(204);
  });

  return router;
}

module.exports = { pollingRoutes };
