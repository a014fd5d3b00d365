// A prototype-style emitter written in TypeScript (a `this` parameter types the methods), with
// one instance for the module. `onReading()` adds a listener to that instance on every call.
import { EventEmitter } from 'node:events';
import util from 'node:util';

export interface Meter extends EventEmitter {
  onReading(fn: (value: number) => void): void;
  record(value: number): void;
}

const Meter = function (this: Meter) {
  EventEmitter.call(this);
} as unknown as { new (): Meter; prototype: Meter };
util.inherits(Meter, EventEmitter);

Meter.prototype.onReading = function (this: Meter, fn: (value: number) => void): void {
  this.on('reading', fn);
};

Meter.prototype.record = function (this: Meter, value: number): void {
  this.emit('reading', value);
};

export const meter = new Meter();
