// The same bus keyed by any string: `listen()` takes a channel name made from a document id, so
// each document leaves an emptied Set in the table after `off()`.
type Listener = (payload: unknown) => void;

class Bus {
  private readonly table = new Map<string, Set<Listener>>(); // expect: unbounded-collection

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

export function listen(name: string, listener: Listener): () => void {
  bus.on(name, listener);
  return () => bus.off(name, listener);
}
