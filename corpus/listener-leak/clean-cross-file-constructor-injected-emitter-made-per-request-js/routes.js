// The emitter the helper listens on is made for this request and dropped with it: a listener
// on it goes when the request's objects go.
const { EventEmitter } = require('node:events');
const express = require('express');
const BuildProgress = require('./progress');

const router = express.Router();

router.get('/builds/:id/replay', (req, res) => {
  const replay = new EventEmitter();
  const progress = new BuildProgress(replay);
  progress.onStep(req.params.id, (step) => res.write(`${step}\n`));
  for (const step of ['fetch', 'compile', 'test']) replay.emit(`step:${req.params.id}`, step);
  res.end();
});

module.exports = { router };
