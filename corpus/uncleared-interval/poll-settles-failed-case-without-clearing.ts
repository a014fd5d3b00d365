// The 'failed' case rejects without clearing the poll, which then polls on for good.
import express from 'express';
import { jobs } from './jobs-client';

function waitFor(id: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let errors = 0;
    const poll = setInterval(async () => {
      let job: { state: string; reason?: string };
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

export const app = express();
app.post('/reports', async (req, res, next) => {
  try {
    res.json(await waitFor(await jobs.start('report', req.body))); // expect: uncleared-interval
  } catch (err) {
    next(err);
  }
});
