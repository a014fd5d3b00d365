// Subscribers per channel, for a fixed list of channels checked by a middleware. A publish reads
// the channel's list and swaps in an empty one: the key is always one the table holds, so the
// `set` replaces a value rather than adding an entry.
const express = require("express");

const CHANNELS = ["orders", "inventory"];
const pendingByChannel = new Map(CHANNELS.map((c) => [c, []]));

function known(req, res, next) {
  if (!pendingByChannel.has(req.params.channel)) return res.status(404).end();
  next();
}

const router = express.Router();

router.post("/publish/:channel", express.json(), known, (req, res) => {
  const { channel } = req.params;
  const pending = pendingByChannel.get(channel);
  pendingByChannel.set(channel, []);
  for (const deliver of pending) deliver(req.body);
  res.status(202).json({ delivered: pending.length });
});

module.exports = router;
