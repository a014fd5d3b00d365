// The program's one node-redis client, made and connected once at start-up and shared by every
// request: how a client connection is meant to be used.
const express = require('express');
const { createClient } = require('redis');

const client = createClient({ url: process.env.REDIS_URL });
client.on('error', (err) => console.error('redis', err.message));
client.connect();

const router = express.Router();

router.get('/flags/:name', async (req, res) => {
  const value = await client.hGet('flags', req.params.name);
  res.json({ name: req.params.name, enabled: value === 'on' });
});

module.exports = router;
