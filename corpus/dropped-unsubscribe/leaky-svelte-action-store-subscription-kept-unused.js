// A Svelte action runs for every element it is used on; it keeps the store's unsubscribe
// but its destroy() never calls it, so the app-wide store keeps every element's callback.
import { writable } from 'svelte/store';

export const locale = writable('en');

export function localized(node, key) {
  let current = key;
  const stop = locale.subscribe((lang) => { // expect: dropped-unsubscribe
    node.textContent = `${current}:${lang}`;
  });
  return {
    update(next) {
      current = next;
    },
    destroy() {
      node.textContent = '';
    },
  };
}
