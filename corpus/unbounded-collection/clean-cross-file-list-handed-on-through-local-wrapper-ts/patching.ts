// Method patching that records each patch so it can be undone.
export interface Patch {
  target: Record<string, unknown>;
  name: string;
  original: unknown;
}

export function wrap(target: Record<string, any>, name: string, wrapper: (original: any) => any, records: Patch[]): void {
  const original = target[name];
  target[name] = wrapper(original);
  records.push({ target, name, original });
}

export function restoreAll(records: Patch[]): void {
  while (records.length) {
    const { target, name, original } = records.pop()!;
    target[name] = original;
  }
}
