const controller = new AbortController();

export const maintenanceSignal: AbortSignal = controller.signal;

export function enterMaintenance(reason: string): void {
  controller.abort(new Error(reason));
}

/** Calls `fn` when maintenance starts; returns a function that forgets it. */
export function whenMaintenance(fn: () => void): () => void {
  const listener = () => fn();
  maintenanceSignal.addEventListener('abort', listener, { once: true });
  return () => maintenanceSignal.removeEventListener('abort', listener);
}
