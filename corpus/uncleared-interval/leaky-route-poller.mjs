// The handle is kept in a local, which looks careful, but nothing ever clears it.
import express from 'express';

const app = express();

app.get('/jobs/:id/progress', (req, res) => {
  const poll = setInterval(async () => { // expect: uncleared-interval
    const job = await loadJob(req.params.id);
    if (job.done) res.end(JSON.stringify(job));
  }, 500);
  res.setHeader('content-type', 'application/json');
});

async function loadJob(id) {
  return { id, done: Math.random() > 0.5 };
}

export default app;
