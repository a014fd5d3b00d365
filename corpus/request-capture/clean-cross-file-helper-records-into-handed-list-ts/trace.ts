// Appends a step to the list it is handed: the caller's list, and the caller's to keep or drop.
import type { Request } from 'express';

export function step(into: Array<{ request: Request; at: number }>, request: Request): void {
  into.push({ request, at: Date.now() });
}
