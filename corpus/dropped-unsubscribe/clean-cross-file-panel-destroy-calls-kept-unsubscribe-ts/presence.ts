// The module's one presence feed, whose subscribe() hands back the remover.
type Listener = (user: { name: string }) => void;
const watchers = new Set<Listener>();

export const presence = {
  subscribe(fn: Listener): () => void {
    watchers.add(fn);
    return () => watchers.delete(fn);
  },
  announce(user: { name: string }): void {
    for (const fn of watchers) fn(user);
  },
};

export function follow(source: typeof presence, fn: Listener): () => void {
  return source.subscribe(fn);
}
