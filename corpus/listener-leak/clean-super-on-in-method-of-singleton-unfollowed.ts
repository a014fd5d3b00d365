// The same ticker, but each request keeps its handler and unfollows it when the client goes.
import { EventEmitter } from 'events';
import express, { Request, Response } from 'express';

class Ticker extends EventEmitter {
  follow(fn: (at: number) => void): void {
    super.on('tick', fn);
  }

  unfollow(fn: (at: number) => void): void {
    super.off('tick', fn);
  }
}

const ticker = new Ticker();
setInterval(() => ticker.emit('tick', Date.now()), 1000).unref();

const app = express();
app.get('/ticks', (req: Request, res: Response) => {
  res.type('text/event-stream').flushHeaders();
  const onTick = (at: number) => res.write(`data: ${at}\n\n`);
  ticker.follow(onTick);
  req.on('close', () => ticker.unfollow(onTick));
});
app.listen(3101);
