export function listen(target, type, handler, options) {
  target.addEventListener(type, handler, options);
}

export function unlisten(target, type, handler, options) {
  target.removeEventListener(type, handler, options);
}
