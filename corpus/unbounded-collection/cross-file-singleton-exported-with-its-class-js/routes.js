// Each stream subscribes under a new client id; closing the stream only logs.
const express = require('express');
const { randomUUID } = require('crypto');
const { subscribers } = require('./subscribers');

const router = express.Router();

router.get('/matches/:id/live', (req, res) => {
  const clientId = randomUUID();
  res.writeHead(200, { 'Content-Type': 'text/event-stream' });
  subscribers.subscribe(clientId, req.params.id, res); // expect: unbounded-collection
  req.on('close', () => console.log('live stream closed', clientId));
});

module.exports = router;
