// Wraps an emitter's events in an Observable whose producer returns the teardown that takes
// the subscription's listener off again; a producer's own emitter needs none.
import { Observable } from 'rxjs';
import { EventEmitter } from 'node:events';

export function events(source, name) {
  return new Observable((subscriber) => {
    const forward = (value) => subscriber.next(value);
    source.on(name, forward);
    return () => source.off(name, forward);
  });
}

export function ticks(ms) {
  return new Observable((subscriber) => {
    const local = new EventEmitter();
    local.on('tick', (n) => subscriber.next(n));
    const timer = setInterval(() => local.emit('tick', Date.now()), ms);
    return () => clearInterval(timer);
  });
}
