// Every tick replaces the module's current probe with a new one, and the listener goes on the
// probe just stored: each run listens on a new object, not on one they all share. A naive
// matcher sees `current.on` on a module-level variable inside an interval.
import { EventEmitter } from 'events';

function createProbe(): EventEmitter {
  const probe = new EventEmitter();
  setTimeout(() => probe.emit('result', Date.now()), 10);
  return probe;
}

let current: EventEmitter | undefined;

setInterval(() => {
  current = createProbe();
  current.on('result', (at: number) => console.log('probe answered at', at));
}, 1000).unref();
