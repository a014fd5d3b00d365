// Which players wait in which game lobby, per connection.
class Lobbies {
  private readonly waiting = new Map<string, Set<string>>();

  enter(lobby: string, connection: string): number {
    let players = this.waiting.get(lobby);
    if (!players) {
      players = new Set();
      this.waiting.set(lobby, players);
    }
    players.add(connection);
    return players.size;
  }

  exit(lobby: string, connection: string): void {
    const players = this.waiting.get(lobby);
    players?.delete(connection);
    if (players?.size === 0) this.waiting.delete(lobby);
  }
}

export const lobbies = new Lobbies();
