// A module-level emitter of job progress, with a pair of functions to listen and stop.
'use strict';

const { EventEmitter } = require('events');

const jobs = new EventEmitter();

function onProgress(jobId, handler) {
  jobs.on(`progress:${jobId}`, handler);
}

function offProgress(jobId, handler) {
  jobs.off(`progress:${jobId}`, handler);
}

module.exports = { jobs, onProgress, offProgress };
