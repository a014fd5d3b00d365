// The helper files the pending value and takes it out again once it settles: the table only
// holds what is still in flight. A naive matcher sees the bracket store and flags the caller.
export function remember<T>(table: Record<string, Promise<T>>, key: string, value: Promise<T>): Promise<T> {
  table[key] = value;
  value.finally(() => {
    delete table[key];
  });
  return value;
}
