// Each request subscribes to the process-wide bus and never unsubscribes. The helper's name
// says "subscribe", but what it does is an `on`: one leak, one finding.
const express = require('express');
const { EventEmitter } = require('events');
const events = require('./events');

const bus = new EventEmitter();
const app = express();

app.get('/watch', (req, res) => {
  events.subscribe(bus, (x) => res.write(String(x))); // expect: listener-leak
});

app.listen(3000);
