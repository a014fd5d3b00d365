type Deliver = (event: string, payload: unknown) => void;

class RoomDirectory {
  private readonly members = new Map<string, Deliver>();

  join(clientId: string, deliver: Deliver): void {
    this.members.set(clientId, deliver);
  }

  leave(clientId: string): void {
    this.members.delete(clientId);
  }

  broadcast(event: string, payload: unknown): void {
    for (const deliver of this.members.values()) deliver(event, payload);
  }
}

export const rooms = new RoomDirectory();
