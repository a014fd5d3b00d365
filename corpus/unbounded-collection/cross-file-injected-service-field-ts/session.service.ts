// Keeps what each signed-in session last looked at, in a field of the application's one
// SessionService.
import { Injectable } from '@nestjs/common';

@Injectable()
export class SessionService {
  private readonly lastSeen = new Map<string, { path: string; at: number }>();

  touch(sessionId: string, path: string): void {
    this.lastSeen.set(sessionId, { path, at: Date.now() });
  }

  last(sessionId: string) {
    return this.lastSeen.get(sessionId);
  }
}
