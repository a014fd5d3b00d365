// A progress helper hands back its timer; the route clears it when the response finishes,
// which never happens when the client disconnects first: that timer writes forever.
const express = require('express');

function reportProgress(res, job) {
  return setInterval(() => res.write(`${job.percent}%\n`), 500);
}

const app = express();

app.post('/jobs', async (req, res) => {
  const job = { percent: 0 };
  const ticker = reportProgress(res, job); // expect: uncleared-interval
  res.on('finish', () => clearInterval(ticker));
  for (job.percent = 0; job.percent < 100; job.percent += 10) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  res.end('done\n');
});

app.listen(3000);
