// The same clock, with the route taking its listener off through `offTick` when the client
// goes away.
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
  const send = (now: number) => res.write(`data: ${now}\n\n`);
  clock.onTick(send);
  req.on('close', () => clock.offTick(send));
});
app.listen(3031);
