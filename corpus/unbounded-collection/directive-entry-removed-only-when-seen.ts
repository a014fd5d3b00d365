import type { Directive } from 'vue';

// Counts an impression when a card first scrolls into view. A card unmounted before it is
// seen keeps its entry, and its element, in `watching`.
const watching = new Map<Element, string>(); // expect: unbounded-collection
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
};
