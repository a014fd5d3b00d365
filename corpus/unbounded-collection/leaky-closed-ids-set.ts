// A pool remembers the id of every connection it ever closed, to ignore late events: the Set
// only grows, one id per connection over the pool's life.
export class ConnectionPool {
  private closedIds = new Set<string>(); // expect: unbounded-collection

  release(connectionId: string): void {
    this.closedIds.add(connectionId);
  }

  isClosed(connectionId: string): boolean {
    return this.closedIds.has(connectionId);
  }
}
