export function on(target: EventTarget, type: string, handler: EventListener): void {
  target.addEventListener(type, handler);
}

export function off(target: EventTarget, type: string, handler: EventListener): void {
  target.removeEventListener(type, handler);
}
