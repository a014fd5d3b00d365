// Each status request subscribes to the shared emitter through the helper and unsubscribes
// when the client goes away: nothing outlives the request.
const { EventEmitter } = require('node:events');
const express = require('express');
const BuildProgress = require('./progress');

const builds = new EventEmitter();
const progress = new BuildProgress(builds);
const router = express.Router();

router.get('/builds/:id/progress', (req, res) => {
  const report = (step) => res.write(`${step}\n`);
  progress.onStep(req.params.id, report);
  req.on('close', () => progress.offStep(req.params.id, report));
});

module.exports = { router, builds };
