// Each render request waits for its job to end: one `once` for success and one for failure,
// on the module's job emitter. Only one of them ever fires, so the other listener stays,
// with the response it closes over.
const express = require('express');
const { EventEmitter } = require('events');
const { randomUUID } = require('crypto');

const jobs = new EventEmitter();
const router = express.Router();

router.post('/render', (req, res) => {
  const id = randomUUID();
  jobs.once(`finished:${id}`, (file) => res.json({ id, file })); // expect: listener-leak
  jobs.once(`crashed:${id}`, (err) => res.status(500).json({ id, error: err.message }));
  jobs.emit('queued', { id, template: req.body.template });
});

module.exports = { router, jobs };
