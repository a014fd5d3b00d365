// The helper hands back what undoes the registration.
import { EventEmitter } from 'events';

export const events = {
  subscribe(bus: EventEmitter, fn: (x: unknown) => void): () => void {
    bus.on('event', fn);
    return () => bus.off('event', fn);
  },
};
