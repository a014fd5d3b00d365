// The same poll, clearing the interval on the failure path as well; a naive matcher that
// sees a clearInterval under a condition only would flag it.
const express = require('express');
const { checkJob } = require('./jobs');

const app = express();

app.get('/jobs/:id/wait', (req, res) => {
  const poll = setInterval(async () => {
    try {
      const status = await checkJob(req.params.id);
      if (status === 'done') {
        clearInterval(poll);
        res.json({ status });
      }
    } catch (error) {
      clearInterval(poll);
      res.status(500).json({ error: error.message });
    }
  }, 1000);
  req.on('close', () => clearInterval(poll));
});

app.listen(3000);
