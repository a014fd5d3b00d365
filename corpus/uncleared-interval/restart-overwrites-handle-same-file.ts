// `start()` keeps only the newest interval: a second call from the route loses the handle of
// the first, and `stop()` clears only the last one.
import express from 'express';

class Heartbeat {
  private timer?: NodeJS.Timeout;

  start(): void {
    this.timer = setInterval(() => console.log('alive'), 10_000); // expect: uncleared-interval
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

const heartbeat = new Heartbeat();
const app = express();
app.post('/admin/heartbeat/on', (req, res) => {
  heartbeat.start();
  res.sendStatus(204);
});
app.post('/admin/heartbeat/off', (req, res) => {
  heartbeat.stop();
  res.sendStatus(204);
});
app.listen(3000);
