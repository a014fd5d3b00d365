// `Infinity` here is a local constant of 64, not the global; and a zero that is only logged.
const Infinity = 64;

export function tune(emitter) {
  emitter.setMaxListeners(Infinity);
  console.log('listener limit was', 0);
}
