// Feature flags read from Redis. The route opens a new node-redis client on every request and
// never quits it: each request leaves one more connection, with its socket and buffers.
const express = require('express');
const { createClient } = require('redis');

const router = express.Router();

router.get('/flags/:name', async (req, res) => {
  const client = createClient({ url: process.env.REDIS_URL }); // expect: unclosed-watcher
  await client.connect();
  const value = await client.hGet('flags', req.params.name);
  res.json({ name: req.params.name, enabled: value === 'on' });
});

module.exports = router;
