// Server-sent progress for a job: the poll stops itself in the 'completed' case only; a job
// that fails, or a client that leaves, keeps the interval polling with the response.
const express = require('express');

function progressRoute(jobs) {
  const router = express.Router();
  router.get('/jobs/:id/events', (req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream' });
    const timer = setInterval(async () => { // expect: uncleared-interval
      const job = await jobs.get(req.params.id);
      res.write(`data: ${JSON.stringify({ progress: job.progress })}\n\n`);
      switch (job.status) {
        case 'completed':
          clearInterval(timer);
          res.end();
          break;
        case 'failed':
          res.end();
          break;
        default:
          break;
      }
    }, 1000);
  });
  return router;
}

module.exports = { progressRoute };
