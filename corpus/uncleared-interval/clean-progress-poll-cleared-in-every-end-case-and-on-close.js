// Server-sent progress for a job: the poll stops on every end of the job and when the client
// leaves.
const express = require('express');

function progressRoute(jobs) {
  const router = express.Router();
  router.get('/jobs/:id/events', (req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream' });
    const timer = setInterval(async () => {
      const job = await jobs.get(req.params.id);
      res.write(`data: ${JSON.stringify({ progress: job.progress })}\n\n`);
      switch (job.status) {
        case 'completed':
        case 'failed':
          clearInterval(timer);
          res.end();
          break;
        default:
          break;
      }
    }, 1000);
    res.on('close', () => clearInterval(timer));
  });
  return router;
}

module.exports = { progressRoute };
