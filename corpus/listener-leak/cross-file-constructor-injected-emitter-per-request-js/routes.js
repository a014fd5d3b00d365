// Each status request makes a BuildProgress over the one module-level emitter and subscribes
// the response to it: the emitter keeps every response's listener after the request ends.
const { EventEmitter } = require('node:events');
const express = require('express');
const BuildProgress = require('./progress');

const builds = new EventEmitter();
const router = express.Router();

router.get('/builds/:id/progress', (req, res) => {
  const progress = new BuildProgress(builds);
  progress.onStep(req.params.id, (step) => res.write(`${step}\n`)); // expect: listener-leak
});

module.exports = { router, builds };
