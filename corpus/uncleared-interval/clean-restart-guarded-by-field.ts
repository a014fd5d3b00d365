// `start()` does nothing while an interval runs: however often a route calls it, one runs.
import express from 'express';

class Heartbeat {
  private timer?: NodeJS.Timeout;

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => console.log('alive'), 10_000);
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
