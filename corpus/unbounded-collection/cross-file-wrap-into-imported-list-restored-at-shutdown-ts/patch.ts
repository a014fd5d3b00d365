// Remembers every patch so that shutdown (and tests) can put the originals back.
export interface Patch {
  target: object;
  name: string;
  original: unknown;
}

export const applied: Patch[] = [];

export function patch(target: Record<string, unknown>, name: string, make: (original: unknown) => unknown, list: Patch[]): void {
  list.push({ target, name, original: target[name] });
  target[name] = make(target[name]);
}

export function unpatchAll(list: Patch[]): void {
  for (const { target, name, original } of list.splice(0).reverse()) (target as Record<string, unknown>)[name] = original;
}
