// The poll clears itself when the job completes (or the status endpoint keeps failing), but the
// 'failed' case rejects and leaves the interval polling for good.
const express = require('express');
const { jobs } = require('./jobs-client');

function waitFor(id) {
  return new Promise((resolve, reject) => {
    let errors = 0;
    const poll = setInterval(async () => {
      let job;
      try {
        job = await jobs.get(id);
      } catch (err) {
        if (++errors > 5) {
          clearInterval(poll);
          reject(err);
        }
        return;
      }
      switch (job.state) {
        case 'completed':
          clearInterval(poll);
          resolve(job);
          break;
        case 'failed':
          reject(new Error(job.reason));
          break;
        default:
          break;
      }
    }, 1000);
  });
}

const app = express();
app.post('/reports', async (req, res, next) => {
  try {
    res.json(await waitFor(await jobs.start('report', req.body))); // expect: uncleared-interval
  } catch (err) {
    next(err);
  }
});

module.exports = app;
