// Every stream request subscribes a closure over its response and never leaves: the feed
// keeps every response ever streamed to.
const express = require('express');
const feed = require('./feed');

const app = express();
app.use(express.json());

app.get('/feed/stream', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  feed.onItem((item) => res.write(`data: ${JSON.stringify(item)}\n\n`)); // expect: unbounded-collection
});

app.post('/feed', (req, res) => {
  feed.add(req.body);
  res.sendStatus(201);
});

app.listen(3000);
