// "Cleaning up" by assigning null keeps the key: the session map gains one key per session
// id for the store's whole life, each holding null.
export class SessionStore {
  private sessions: Record<string, object | null> = {}; // expect: unbounded-collection

  open(sessionId: string, data: object): void {
    this.sessions[sessionId] = data;
  }

  close(sessionId: string): void {
    this.sessions[sessionId] = null;
  }
}
