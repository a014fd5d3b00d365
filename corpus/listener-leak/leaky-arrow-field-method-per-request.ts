// Methods written as arrow-function fields: `onTick` adds to the instance's emitter, and the
// route adds one listener per request to the module's one clock; `offTick` is never called.
import { EventEmitter } from 'node:events';
import express from 'express';

class Clock {
  private emitter = new EventEmitter();
  private started = false;

  start = (): void => {
    if (this.started) return;
    this.started = true;
    setInterval(() => this.emitter.emit('tick', Date.now()), 1000).unref();
  };

  onTick = (fn: (now: number) => void) => this.emitter.on('tick', fn);

  offTick = (fn: (now: number) => void) => this.emitter.off('tick', fn);
}

const clock = new Clock();
clock.start();

const app = express();
app.get('/clock', (req, res) => {
  res.setHeader('content-type', 'text/event-stream');
  clock.onTick((now) => res.write(`data: ${now}\n\n`)); // expect: listener-leak
});
app.listen(3031);
