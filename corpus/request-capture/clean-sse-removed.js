// Server-sent events done right: the listener leaves the bus when the client goes away.
const express = require('express');
const { EventEmitter } = require('events');

const bus = new EventEmitter();
const app = express();

app.get('/events', (req, res) => {
  const onUpdate = (data) => res.write(`data: ${JSON.stringify(data)}\n\n`);
  bus.on('update', onUpdate);
  req.on('close', () => bus.off('update', onUpdate));
});

module.exports = { app, bus };
