// The same directive, taking the previous scroll handler down before it registers the next.
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
    if (el.__onScroll__) document.removeEventListener('scroll', el.__onScroll__);
    el.__onScroll__ = () => binding.value(el.getBoundingClientRect());
    document.addEventListener('scroll', el.__onScroll__, { passive: true });
  },
  unbind(el: ScrollEl) {
    if (el.__onScroll__) document.removeEventListener('scroll', el.__onScroll__);
  },
};
