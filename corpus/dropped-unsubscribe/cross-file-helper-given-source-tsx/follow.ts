// Calls back with a store's state now and on every change, and forgets the subscription.
export interface Readable<T> {
  getState(): T;
  subscribe(listener: (state: T) => void): () => void;
}

export function follow<T>(store: Readable<T>, onState: (state: T) => void): void {
  onState(store.getState());
  store.subscribe(onState);
}
