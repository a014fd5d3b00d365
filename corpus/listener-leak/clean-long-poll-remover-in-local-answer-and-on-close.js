// The listener comes off in `answer()` (an event, or the poll's timeout) and when the client goes
// away; nothing after the subscription inside the `try` can throw before that is armed.
const express = require('express');
const { jobEvents } = require('./job-events');

const router = express.Router();

router.get('/jobs/:id/wait', async (req, res, next) => {
  try {
    const job = await req.app.locals.jobs.find(req.params.id);
    if (!job) return res.sendStatus(404);
    const onDone = (event) => {
      if (event.id === job.id) answer(event);
    };
    const answer = (body) => {
      jobEvents.off('done', onDone);
      res.json(body);
    };
    jobEvents.on('done', onDone);
    req.on('close', () => jobEvents.off('done', onDone));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
