// Each stream unsubscribes when its connection closes.
const express = require('express');
const feed = require('./feed');

const app = express();
app.use(express.json());

app.get('/feed/stream', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const leave = feed.onItem((item) => res.write(`data: ${JSON.stringify(item)}\n\n`));
  req.on('close', leave);
});

app.post('/feed', (req, res) => {
  feed.add(req.body);
  res.sendStatus(201);
});

app.listen(3000);
