// Two helpers away from the registration, across two files: every event-stream request adds
// a listener on the topic module's bus and keeps its response for good. The audit watcher is
// set up once.
const express = require('express');
const { watchTopic, publishTopic } = require('./topics');

const app = express();

watchTopic('audit', (entry) => console.log('audit', entry));

app.get('/topics/:name/events', (req, res) => {
  res.set({ 'content-type': 'text/event-stream' });
  watchTopic(req.params.name, (payload) => res.write(`data: ${JSON.stringify(payload)}\n\n`)); // expect: listener-leak
});

app.post('/topics/:name', express.json(), (req, res) => {
  publishTopic(req.params.name, req.body);
  res.sendStatus(202);
});

module.exports = app;
