// The notify route tries once and, on failure, queues the message with the request it came
// from, for the audit line written when the resend succeeds.
'use strict';

const express = require('express');
const { ResendQueue } = require('./resend-queue');
const { push } = require('./push');

const resend = new ResendQueue(push);
const router = express.Router();

router.post('/notify', async (req, res) => {
  const message = { to: req.body.to, text: req.body.text };
  try {
    await push(message);
    res.status(204).end();
  } catch (error) {
    resend.enqueue({ message, req });
    res.status(202).json({ queued: true });
  }
});

module.exports = { router };
