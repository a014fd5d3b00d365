// Method patching that remembers every patch so it can be undone.
export interface Patch {
  target: object;
  name: string;
  original: unknown;
}

export function patchMethod(target: any, name: string, make: (original: any) => any, log: Patch[]): void {
  const original = target[name];
  target[name] = make(original);
  log.push({ target, name, original });
}

export function restoreAll(log: Patch[]): void {
  for (const patch of log.splice(0)) (patch.target as any)[patch.name] = patch.original;
}
