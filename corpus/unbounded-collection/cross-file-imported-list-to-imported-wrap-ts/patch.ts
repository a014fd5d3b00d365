// A small monkey-patching utility and the list its patches are recorded in, so that they
// can be undone in tests. Production code never undoes them.
export interface Patch {
  target: Record<string, unknown>;
  method: string;
  hook: (...args: unknown[]) => void;
}

export const applied: Patch[] = [];

export function patch(target: any, method: string, hook: (...args: unknown[]) => void, log: Patch[]): void {
  const original = target[method];
  target[method] = function (this: unknown, ...args: unknown[]) {
    hook(...args);
    return original.apply(this, args);
  };
  log.push({ target, method, hook });
}
