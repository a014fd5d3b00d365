// The listener comes off in `answer()` and on the client's 'close', but an awaited audit write
// comes first: when it throws, the `catch` leaves the listener on the shared emitter.
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
    jobEvents.on('done', onDone); // expect: listener-leak
    await req.app.locals.audit.record('wait', job.id);
    req.on('close', () => jobEvents.off('done', onDone));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
