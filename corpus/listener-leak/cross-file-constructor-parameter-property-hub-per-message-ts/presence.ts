// Follows users' presence on the hub the caller hands in; it keeps no way to stop following.
import { EventEmitter } from 'node:events';

export class PresenceTracker {
  constructor(private readonly hub: EventEmitter, private readonly room: string) {}

  follow(userId: string, notify: (status: string) => void): void {
    this.hub.on(`presence:${this.room}:${userId}`, notify);
  }
}
