// Keys are deleted, not nulled, when a session ends; a reset in dispose() drops everything.
export class SessionStore {
  private sessions: Record<string, object> = {};

  open(sessionId: string, data: object): void {
    this.sessions[sessionId] = data;
  }

  close(sessionId: string): void {
    delete this.sessions[sessionId];
  }

  dispose(): void {
    this.sessions = {};
  }
}
