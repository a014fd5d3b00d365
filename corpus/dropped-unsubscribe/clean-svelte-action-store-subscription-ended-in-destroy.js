// The same action ends its store subscription in destroy().
import { writable } from 'svelte/store';

export const locale = writable('en');

export function localized(node, key) {
  let current = key;
  const stop = locale.subscribe((lang) => {
    node.textContent = `${current}:${lang}`;
  });
  return {
    update(next) {
      current = next;
    },
    destroy() {
      stop();
      node.textContent = '';
    },
  };
}
