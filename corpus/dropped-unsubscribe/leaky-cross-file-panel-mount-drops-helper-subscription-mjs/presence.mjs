// The module's one presence feed: a set of subscribers, each handed back its own remover.
const watchers = new Set();

export const presence = {
  subscribe(fn) {
    watchers.add(fn);
    return () => watchers.delete(fn);
  },
  announce(user) {
    for (const fn of watchers) fn(user);
  },
};

export function follow(source, fn) {
  return source.subscribe(fn);
}
