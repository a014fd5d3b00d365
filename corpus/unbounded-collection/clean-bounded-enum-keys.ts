// A connection manager keyed by a fixed set of states: at most three entries ever exist.
enum State { Idle = 'idle', Busy = 'busy', Closed = 'closed' }

export class ConnectionManager {
  private counts = new Map<State, number>();

  transition(to: State): void {
    this.counts.set(to, (this.counts.get(to) ?? 0) + 1);
  }
}
