// The poll stops when the job is done, but a failed check answers the request with a 500
// and leaves the interval running: it goes on polling (and holding the response) for good.
const express = require('express');
const { checkJob } = require('./jobs');

const app = express();

app.get('/jobs/:id/wait', (req, res) => {
  const poll = setInterval(async () => { // expect: uncleared-interval
    try {
      const status = await checkJob(req.params.id);
      if (status === 'done') {
        clearInterval(poll);
        res.json({ status });
      }
    } catch (error) {
      res.status(500).json({ error: error.message });
    }
  }, 1000);
});

app.listen(3000);
