// Registers a handler with whatever options the caller gives.
export function subscribeTo(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
  target.addEventListener(type, handler, options);
}
