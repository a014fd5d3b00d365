// Room membership for a chat server: callbacks per room, kept in a Set per room.
type Notify = (event: { room: string; user: string }) => void;

export class PresenceService {
  private readonly rooms = new Map<string, Set<Notify>>();

  join(room: string, notify: Notify): void {
    let members = this.rooms.get(room);
    if (members === undefined) {
      members = new Set<Notify>();
      this.rooms.set(room, members);
    }
    members.add(notify);
  }

  leave(room: string, notify: Notify): void {
    const members = this.rooms.get(room);
    members?.delete(notify);
    if (members !== undefined && members.size === 0) this.rooms.delete(room);
  }

  announce(room: string, user: string): void {
    for (const notify of this.rooms.get(room) ?? []) notify({ room, user });
  }
}

export const presence = new PresenceService();
