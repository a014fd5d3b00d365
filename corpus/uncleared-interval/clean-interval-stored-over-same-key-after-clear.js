// Per-device polling, started from the admin UI. Saving a device's settings again clears the
// interval already running under that id before storing the new one.
const express = require('express');

function pollingRoutes(poller) {
  const router = express.Router();
  const polls = new Map();

  router.put('/devices/:deviceId/polling', express.json(), (req, res) => {
    const { deviceId } = req.params;
    const every = Math.max(1000, Number(req.body.everyMs) || 5000);
    clearInterval(polls.get(deviceId));
    const poll = setInterval(() => poller.read(deviceId), every);
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
