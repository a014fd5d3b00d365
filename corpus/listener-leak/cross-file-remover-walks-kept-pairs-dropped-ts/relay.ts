import type { EventEmitter } from 'node:events';

export interface Sink {
  emit(event: string, ...args: unknown[]): unknown;
}

// Forwards a few events from a shared emitter to one client; hands back the way to stop.
export function relay(source: EventEmitter, sink: Sink, events: readonly string[]): () => void {
  const wired: Array<[string, (...args: unknown[]) => void]> = [];
  for (const event of events) {
    const pass = (...args: unknown[]) => {
      sink.emit(event, ...args);
    };
    source.on(event, pass);
    wired.push([event, pass]);
  }
  return () => {
    for (const [event, pass] of wired) {
      source.off(event, pass);
    }
    wired.length = 0;
  };
}
