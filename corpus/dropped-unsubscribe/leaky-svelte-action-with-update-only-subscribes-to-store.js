// use:theme: keeps an element's theme class in step with the session's theme store.
import { theme } from './stores.js';

export function themed(node, base = 'surface') {
  let current = '';
  const apply = (value) => {
    node.classList.remove(`${base}--${current}`);
    current = value;
    node.classList.add(`${base}--${current}`);
  };
  theme.subscribe(apply); // expect: dropped-unsubscribe
  return {
    update(next) {
      node.classList.remove(`${base}--${current}`);
      base = next;
      node.classList.add(`${base}--${current}`);
    },
  };
}
