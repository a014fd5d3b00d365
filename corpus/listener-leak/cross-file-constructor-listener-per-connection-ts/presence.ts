// A presence tracker for one user: a TypeScript parameter property holds the shared hub,
// and the constructor subscribes to its 'presence' events with no way to unsubscribe.
import { EventEmitter } from 'node:events';

export class PresenceTracker {
  private online = new Set<string>();

  constructor(private readonly hub: EventEmitter, readonly userId: string) {
    this.hub.on('presence', (who: string, up: boolean) => {
      if (up) this.online.add(who);
      else this.online.delete(who);
    });
  }

  count(): number {
    return this.online.size;
  }
}
