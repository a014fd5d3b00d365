// An analytics module whose exported `init()` subscribes to the application's bus once, at
// boot. Named as the module's start-up, it runs once whoever imports it.
import { bus } from './bus';

const counters = { hits: 0 };

export function init(): void {
  bus.on('hit', () => {
    counters.hits += 1;
  });
}

export function hits(): number {
  return counters.hits;
}
