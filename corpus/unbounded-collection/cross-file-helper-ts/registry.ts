// Helpers over containers their callers own: `track` only adds, `settle` removes again,
// `keepRecent` bounds what it adds.
export function track<K, V>(into: Map<K, V>, key: K, value: V): void {
  into.set(key, value);
}

export function settle<K, V>(from: Map<K, V>, key: K): void {
  from.delete(key);
}

export function keepRecent<T>(list: T[], item: T): void {
  if (list.length >= 50) list.shift();
  list.push(item);
}
