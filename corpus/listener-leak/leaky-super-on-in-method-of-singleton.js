// The ticker registers subscribers on itself through `super.on`; the route calls that method on
// the module's one ticker for every request and never takes the listener off again.
const { EventEmitter } = require('events');
const express = require('express');

class Ticker extends EventEmitter {
  follow(fn) {
    super.on('tick', fn);
  }

  unfollow(fn) {
    super.off('tick', fn);
  }
}

const ticker = new Ticker();
setInterval(() => ticker.emit('tick', Date.now()), 1000).unref();

const app = express();
app.get('/ticks', (req, res) => {
  res.type('text/event-stream').flushHeaders();
  ticker.follow((at) => res.write(`data: ${at}\n\n`)); // expect: listener-leak
});
app.listen(3100);
