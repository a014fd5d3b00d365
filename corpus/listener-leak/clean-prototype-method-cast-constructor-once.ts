// The same typed constructor, its method called once while the module starts: one listener
// for the life of the process. A naive matcher flags any call of a method that listens.
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

export const stats = new (Stats as any)() as Stats;
stats.onStats((n: number) => console.log(`requests=${n}`));
