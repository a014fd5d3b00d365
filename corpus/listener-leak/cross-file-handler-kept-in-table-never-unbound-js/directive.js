import { bindEscape } from './escape.js';

// Every dialog that mounts binds Escape on the document, and nothing unbinds it.
export const vEscape = {
  mounted(el, binding) {
    bindEscape(el, binding.value); // expect: listener-leak
  },
};
