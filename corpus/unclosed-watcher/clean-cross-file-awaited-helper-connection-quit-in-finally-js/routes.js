// The twin: the route awaits the connection and quits it in a finally, however the wait ends.
'use strict';

const express = require('express');
const { openSubscriber } = require('./subscriber');

const app = express();

app.get('/jobs/:id/wait', async (req, res) => {
  let settle;
  const done = new Promise((resolve) => { settle = resolve; });
  const subscriber = await openSubscriber(`jobs:${req.params.id}`, (message) => settle(message));
  try {
    res.json({ result: await done });
  } finally {
    await subscriber.quit();
  }
});

module.exports = app;
