const express = require('express');
const { relayTopic } = require('./relay');

const app = express();

app.get('/topics/:name', (req, res) => {
  res.set('content-type', 'text/event-stream');
  const stop = relayTopic(res, req.params.name);
  req.on('close', stop);
});

app.listen(3004);
