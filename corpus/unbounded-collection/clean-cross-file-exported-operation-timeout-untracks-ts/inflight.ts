// The same registry in TypeScript.
type Entry = { resolve: (image: Buffer) => void; timer: NodeJS.Timeout };

const inflight = new Map<number, Entry>();

export function track(id: number, entry: Entry): void {
  inflight.set(id, entry);
}

export function settle(id: number): Entry | undefined {
  const entry = inflight.get(id);
  if (entry) inflight.delete(id);
  return entry;
}

export function untrack(id: number): void {
  inflight.delete(id);
}
