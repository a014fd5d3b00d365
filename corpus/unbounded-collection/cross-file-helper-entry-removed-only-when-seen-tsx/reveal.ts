// One shared observer for every element that fades in when it is first seen.
const waiting = new Map<Element, () => void>();

const io = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    waiting.get(entry.target)?.();
    waiting.delete(entry.target);
    io.unobserve(entry.target);
  }
});

export function onFirstSight(el: Element, show: () => void): void {
  waiting.set(el, show);
  io.observe(el);
}
