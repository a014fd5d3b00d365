// A module, importing the bus helper through the project's `@/` alias, that subscribes once
// when it loads and fans events out to the open streams it tracks.
const express = require('express');
const { onTopic } = require('@/lib/bus');

const router = express.Router();
const streams = new Set();

onTopic('news', (event) => {
  for (const res of streams) res.write(`data: ${JSON.stringify(event)}\n\n`);
});

router.get('/feed', (req, res) => {
  streams.add(res);
  res.on('close', () => streams.delete(res));
});

module.exports = router;
