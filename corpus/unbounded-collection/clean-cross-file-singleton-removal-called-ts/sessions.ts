// One session table for the process; callers forget a session when it ends.
class SessionTable {
  private open = new Map<string, { user: string; lastSeen: number }>();

  start(token: string, user: string): void {
    this.open.set(token, { user, lastSeen: Date.now() });
  }

  forget(token: string): void {
    this.open.delete(token);
  }
}

export const sessions = new SessionTable();
