'use strict';

const { EventEmitter } = require('node:events');
const express = require('express');

class TopicBroker {
  constructor(transport) {
    this.transport = transport;
    this.events = new EventEmitter();
  }

  async join(topic, deliver) {
    const onItem = (name, item) => {
      if (name === topic) deliver(item);
    };
    this.events.on('item', onItem);
    await this.transport.attach(topic);
    return () => this.events.off('item', onItem);
  }
}

const broker = new TopicBroker(require('./transport'));
const app = express();

app.get('/topics/:name/stream', async (req, res, next) => {
  try {
    const leave = await broker.join(req.params.name, (item) => res.write(`data: ${JSON.stringify(item)}\n\n`)); // expect: listener-leak
    res.on('close', leave);
  } catch (err) {
    next(err);
  }
});

module.exports = app;
