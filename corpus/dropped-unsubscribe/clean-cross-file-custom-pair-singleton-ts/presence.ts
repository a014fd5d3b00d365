// Presence changes for the whole process: one tracker, exported.
type PresenceHandler = (userId: string, online: boolean) => void;

class PresenceTracker {
  private handlers = new Set<PresenceHandler>();

  follow(handler: PresenceHandler): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  set(userId: string, online: boolean): void {
    for (const handler of this.handlers) handler(userId, online);
  }
}

export const presence = new PresenceTracker();
