// A live-scores stream subscribes to the feed first and checks the plan afterwards. A client
// without the plan gets a 402 and the handler returns before it sets up the removal on
// 'close', so every refused request leaves its listener, and its `res`, on the feed.
const express = require('express');
const { scores } = require('./feeds');
const { planOf } = require('./billing');

const app = express();

app.get('/live/:match', async (req, res) => {
  const onGoal = (goal) => {
    if (goal.match === req.params.match) res.write(`data: ${JSON.stringify(goal)}\n\n`);
  };
  scores.on('goal', onGoal); // expect: listener-leak

  const plan = await planOf(req.headers.authorization);
  if (plan !== 'live') {
    res.status(402).end();
    return;
  }

  res.writeHead(200, { 'content-type': 'text/event-stream' });
  req.on('close', () => scores.off('goal', onGoal));
});

app.listen(3000);
