// The same action, in TypeScript: it hands back the store's unsubscribe as its destroy.
import { theme } from './stores';

export function themed(node: HTMLElement, base = 'surface') {
  let current = '';
  const apply = (value: string) => {
    node.classList.remove(`${base}--${current}`);
    current = value;
    node.classList.add(`${base}--${current}`);
  };
  const unsubscribe = theme.subscribe(apply);
  return {
    update(next: string) {
      node.classList.remove(`${base}--${current}`);
      base = next;
      node.classList.add(`${base}--${current}`);
    },
    destroy: unsubscribe,
  };
}
