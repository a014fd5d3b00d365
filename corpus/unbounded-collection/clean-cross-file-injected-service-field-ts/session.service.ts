// The same service, which keeps the most recent ten thousand sessions and drops the oldest.
import { Injectable } from '@nestjs/common';

@Injectable()
export class SessionService {
  private readonly lastSeen = new Map<string, { path: string; at: number }>();

  touch(sessionId: string, path: string): void {
    this.lastSeen.delete(sessionId);
    this.lastSeen.set(sessionId, { path, at: Date.now() });
    if (this.lastSeen.size > 10_000) this.lastSeen.delete(this.lastSeen.keys().next().value as string);
  }

  last(sessionId: string) {
    return this.lastSeen.get(sessionId);
  }
}
