// The same feed; its component keeps what `watchRoom()` returns and hands it to React.
type Listener = (online: string[]) => void;

class PresenceFeed {
  private rooms = new Map<string, Set<Listener>>();

  publish(room: string, online: string[]): void {
    this.rooms.get(room)?.forEach((listener) => listener(online));
  }

  listen(room: string, listener: Listener): () => void {
    if (!this.rooms.has(room)) this.rooms.set(room, new Set());
    this.rooms.get(room)!.add(listener);
    return () => {
      const listeners = this.rooms.get(room);
      listeners?.delete(listener);
      if (listeners && listeners.size === 0) this.rooms.delete(room);
    };
  }
}

const presence = new PresenceFeed();

export const watchRoom = (room: string, listener: Listener): (() => void) => presence.listen(room, listener);

export function announce(room: string, online: string[]): void {
  presence.publish(room, online);
}
