// A hand-written store: one object for the module, with subscribers in a Set.
const subscribers = new Set();
let state = { lines: [] };

export const cart = {
  get state() {
    return state;
  },
  add(line) {
    state = { lines: [...state.lines, line] };
    subscribers.forEach((fn) => fn(state));
  },
  subscribe(fn) {
    subscribers.add(fn);
    return () => subscribers.delete(fn);
  },
};

export function followCart(fn) {
  fn(cart.state);
  return cart.subscribe(fn);
}
