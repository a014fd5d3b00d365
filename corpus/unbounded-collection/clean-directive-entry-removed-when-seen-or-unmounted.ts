import type { Directive } from 'vue';

// Counts an impression when a card first scrolls into view; a card unmounted first is
// forgotten when it goes.
const watching = new Map<Element, string>();
const seen = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    navigator.sendBeacon('/impressions', watching.get(entry.target) ?? '');
    watching.delete(entry.target);
    seen.unobserve(entry.target);
  }
});

export const vImpression: Directive<HTMLElement, string> = {
  mounted(el, binding) {
    watching.set(el, binding.value);
    seen.observe(el);
  },
  unmounted(el) {
    watching.delete(el);
    seen.unobserve(el);
  },
};
