// A route, importing the bus helper through the project's `@/` alias, that subscribes on every
// request and never unsubscribes.
const express = require('express');
const { onTopic } = require('@/lib/bus');

const router = express.Router();

router.get('/feed/:topic', (req, res) => {
  onTopic(req.params.topic, (event) => res.write(`data: ${JSON.stringify(event)}\n\n`)); // expect: listener-leak
});

module.exports = router;
