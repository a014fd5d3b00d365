// A bus of per-customer listeners whose `subscribe` hands back the remover.
type Listener = (update: { customerId: string }) => void;

export class OrderBus {
  private listeners = new Map<string, Set<Listener>>();

  subscribe(customerId: string, fn: Listener): () => void {
    let set = this.listeners.get(customerId);
    if (!set) this.listeners.set(customerId, (set = new Set()));
    set.add(fn);
    return () => {
      set!.delete(fn);
      if (set!.size === 0) this.listeners.delete(customerId);
    };
  }
}

export const bus = new OrderBus();
