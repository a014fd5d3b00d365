// The same helper, cleared on 'close', which fires whether the response finished or the
// client went away first; a second route clears it on both outcomes.
const express = require('express');

function reportProgress(res, job) {
  return setInterval(() => res.write(`${job.percent}%\n`), 500);
}

const app = express();

app.post('/jobs', async (req, res) => {
  const job = { percent: 0 };
  const ticker = reportProgress(res, job);
  res.on('close', () => clearInterval(ticker));
  for (job.percent = 0; job.percent < 100; job.percent += 10) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  res.end('done\n');
});

app.post('/exports', async (req, res) => {
  const job = { percent: 0 };
  const ticker = reportProgress(res, job);
  const stop = () => clearInterval(ticker);
  res.on('finish', stop);
  res.on('close', stop);
  res.end('queued\n');
});

app.listen(3000);
