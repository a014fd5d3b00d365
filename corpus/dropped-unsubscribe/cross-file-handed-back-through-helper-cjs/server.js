const express = require('express');
const { relayTopic } = require('./relay');

const app = express();

app.get('/topics/:name', (req, res) => {
  res.set('content-type', 'text/event-stream');
  relayTopic(res, req.params.name); // expect: dropped-unsubscribe
});

app.listen(3004);
