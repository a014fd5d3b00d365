'use strict';
const express = require('express');

// Every admin action is recorded once and fanned out to whoever is watching.
class AuditTrail {
  constructor() {
    this.sinks = new Set();
  }

  attachSink(sink) {
    this.sinks.add(sink);
    return this;
  }

  detachSink(sink) {
    this.sinks.delete(sink);
  }

  record(entry) {
    for (const sink of this.sinks) sink(entry);
  }
}

const trail = new AuditTrail();
const router = express.Router();

router.get('/audit/stream', (req, res) => {
  res.setHeader('content-type', 'text/event-stream');
  const sink = (entry) => res.write(`data: ${JSON.stringify(entry)}\n\n`);
  trail.attachSink(sink);
  req.on('close', () => trail.detachSink(sink));
});

router.post('/users/:id/disable', (req, res) => {
  trail.record({ action: 'disable', user: req.params.id, at: Date.now() });
  res.sendStatus(204);
});

module.exports = router;
