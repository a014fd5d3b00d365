// A prototype-style constructor typed with casts, as code ported from JavaScript often is.
// Its `onStats` method listens on the instance itself, and the module's one instance gets a
// new listener (holding the response) on every request.
import express, { Request, Response } from 'express';
import { EventEmitter } from 'events';
import util from 'util';

interface Stats extends EventEmitter {
  count: number;
  onStats(fn: (n: number) => void): void;
}

const Stats = function (this: Stats) {
  EventEmitter.call(this);
  this.count = 0;
} as unknown as { new (): Stats; prototype: Stats };
util.inherits(Stats, EventEmitter);

Stats.prototype.onStats = function (this: Stats, fn: (n: number) => void): void {
  this.on('stats', fn);
};

const stats = new (Stats as any)() as Stats;
const app = express();

app.get('/metrics', (req: Request, res: Response) => {
  stats.onStats((n: number) => res.write(`requests=${n}\n`)); // expect: listener-leak
  stats.count += 1;
  stats.emit('stats', stats.count);
});

app.listen(3000);
