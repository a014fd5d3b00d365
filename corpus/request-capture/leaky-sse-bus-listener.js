// Server-sent events: each client adds a listener to the shared bus and never removes it,
// so every response object that ever streamed stays reachable from the bus.
const express = require('express');
const { EventEmitter } = require('events');

const bus = new EventEmitter();
const app = express();

app.get('/events', (req, res) => {
  res.setHeader('content-type', 'text/event-stream');
  bus.on('update', (data) => res.write(`data: ${JSON.stringify(data)}\n\n`)); // expect: listener-leak
});

module.exports = { app, bus };
