// The same registry, with a way to give up on a call.
type Waiter = { resolve: (value: unknown) => void; reject: (error: Error) => void };

const pending = new Map<number, Waiter>();
let seq = 0;

export function register(waiter: Waiter): number {
  const id = ++seq;
  pending.set(id, waiter);
  return id;
}

export function settle(id: number, result: unknown): void {
  const waiter = pending.get(id);
  if (waiter === undefined) return;
  pending.delete(id);
  waiter.resolve(result);
}

export function cancel(id: number, error: Error): void {
  const waiter = pending.get(id);
  pending.delete(id);
  waiter?.reject(error);
}
