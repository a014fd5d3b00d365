// `track()` registers on `this`; the file's one instance lives as long as the module, and the
// route calls `track()` on every request.
import { EventEmitter } from 'node:events';
import express from 'express';

class Stats extends EventEmitter {
  track(onFlush: (n: number) => void): void {
    this.on('flush', onFlush);
  }

  flush(): void {
    this.emit('flush', Date.now());
  }
}

const stats = new Stats();
const app = express();

app.get('/work', (_req, res) => {
  stats.track(() => res.locals.flushed = true); // expect: listener-leak
  res.sendStatus(204);
});

export default app;
