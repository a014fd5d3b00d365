// Vue 2 style directive: `componentUpdated` runs after every update of the host component and
// registers a fresh scroll handler on document without taking the previous one down.
import type { DirectiveOptions } from 'vue';

interface ScrollEl extends HTMLElement {
  __onScroll__?: () => void;
}

export const infiniteScroll: DirectiveOptions = {
  inserted(el: ScrollEl, binding) {
    el.__onScroll__ = () => binding.value(el.getBoundingClientRect());
    document.addEventListener('scroll', el.__onScroll__, { passive: true });
  },
  componentUpdated(el: ScrollEl, binding) {
    el.__onScroll__ = () => binding.value(el.getBoundingClientRect());
    document.addEventListener('scroll', el.__onScroll__, { passive: true }); // expect: listener-leak
  },
  unbind(el: ScrollEl) {
    if (el.__onScroll__) document.removeEventListener('scroll', el.__onScroll__);
  },
};
