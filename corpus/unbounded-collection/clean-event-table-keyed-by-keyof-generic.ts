// A typed event bus: the table is keyed by event name, and every call that reaches `on()` passes
// a `K extends keyof BoardEvents`, one of three names. `off()` leaves an emptied Set behind, but
// there are never more than three of them.
type Listener = (payload: unknown) => void;

interface BoardEvents {
  moved: { card: string; to: string };
  archived: { card: string };
  renamed: { card: string; title: string };
}

class Bus {
  private readonly table = new Map<string, Set<Listener>>();

  on(name: string, listener: Listener): void {
    let listeners = this.table.get(name);
    if (!listeners) {
      listeners = new Set();
      this.table.set(name, listeners);
    }
    listeners.add(listener);
  }

  off(name: string, listener: Listener): void {
    this.table.get(name)?.delete(listener);
  }
}

const bus = new Bus();

export function listen<K extends keyof BoardEvents>(name: K, listener: (payload: BoardEvents[K]) => void): () => void {
  const wrapped: Listener = (payload) => listener(payload as BoardEvents[K]);
  bus.on(name, wrapped);
  return () => bus.off(name, wrapped);
}
