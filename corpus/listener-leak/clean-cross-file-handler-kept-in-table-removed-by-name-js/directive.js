import { bindEscape, unbindEscape } from './escape.js';

export const vEscape = {
  mounted(el, binding) {
    bindEscape(el, binding.value);
  },
  beforeUnmount(el) {
    unbindEscape(el);
  },
};
