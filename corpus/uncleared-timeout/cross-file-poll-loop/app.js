// Every watch request starts one more endless polling loop, which keeps its response alive.
const express = require('express');
const { watchDeployment } = require('./status');

const app = express();

app.get('/deployments/:id/watch', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  watchDeployment(req.params.id, (d) => res.write(`data: ${JSON.stringify(d)}\n\n`)); // expect: uncleared-timeout
});

module.exports = app;
