// v-click-outside: closes a popover on clicks elsewhere; it listens on the document for
// every element it is bound to, and has no unmounted hook to stop.
import type { Directive } from 'vue';

type Handler = (event: MouseEvent) => void;
const handlers = new WeakMap<HTMLElement, Handler>();

export const vClickOutside: Directive<HTMLElement, () => void> = {
  mounted(el, binding) {
    const handler: Handler = (event) => {
      if (!el.contains(event.target as Node)) binding.value();
    };
    handlers.set(el, handler);
    document.addEventListener('click', handler); // expect: listener-leak
  },
  updated(el, binding) {
    if (binding.value !== binding.oldValue) el.dataset.outside = 'on';
  },
};
