// An event stream per request listens for its job's progress and stops only on 'finish',
// which a client that goes away first never causes: each abandoned stream keeps its listener.
'use strict';

const express = require('express');
const { onProgress, offProgress } = require('./progress');

const app = express();

app.get('/jobs/:id/events', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const send = (data) => res.write(`data: ${JSON.stringify(data)}\n\n`);
  onProgress(req.params.id, send); // expect: listener-leak
  res.on('finish', () => offProgress(req.params.id, send));
});

module.exports = app;
