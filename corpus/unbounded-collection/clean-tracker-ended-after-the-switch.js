// The same worker stops the clock after the switch, in `finally`, for every kind of job.
'use strict';
const { Worker } = require('bullmq');

class JobClock {
  constructor() {
    this.started = new Map();
  }

  start(jobId) {
    const token = `${jobId}:${Date.now()}`;
    this.started.set(token, Date.now());
    return token;
  }

  stop(token) {
    this.started.delete(token);
  }
}

const clock = new JobClock();

module.exports.worker = new Worker('media', async (job) => {
  const token = clock.start(String(job.id));
  try {
    switch (job.name) {
      case 'render':
        await job.updateProgress(100);
        break;
      case 'thumbnail':
        await job.updateProgress(50);
        break;
      default:
        return;
    }
  } finally {
    clock.stop(token);
  }
});
