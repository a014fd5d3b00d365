// Each render request waits for its job to end; whichever outcome comes first takes the
// other's listener off the module's job emitter.
const express = require('express');
const { EventEmitter } = require('events');
const { randomUUID } = require('crypto');

const jobs = new EventEmitter();
const router = express.Router();

router.post('/render', (req, res) => {
  const id = randomUUID();
  const onFinished = (file) => {
    jobs.off(`crashed:${id}`, onCrashed);
    res.json({ id, file });
  };
  const onCrashed = (err) => {
    jobs.off(`finished:${id}`, onFinished);
    res.status(500).json({ id, error: err.message });
  };
  jobs.once(`finished:${id}`, onFinished);
  jobs.once(`crashed:${id}`, onCrashed);
  jobs.emit('queued', { id, template: req.body.template });
});

module.exports = { router, jobs };
