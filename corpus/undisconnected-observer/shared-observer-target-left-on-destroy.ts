// Every sticky header shares one module-level IntersectionObserver; destroy() forgets the
// callback but never unobserves the element, so the observer keeps every destroyed header.
const callbacks = new Map<Element, (visible: boolean) => void>();
const observer = new IntersectionObserver((entries) => {
  for (const entry of entries) callbacks.get(entry.target)?.(entry.isIntersecting);
});

export class StickyHeader {
  constructor(private readonly el: HTMLElement, private readonly sentinel: HTMLElement) {
    callbacks.set(sentinel, (visible) => el.classList.toggle('stuck', !visible));
    observer.observe(sentinel); // expect: undisconnected-observer
  }

  destroy(): void {
    callbacks.delete(this.sentinel);
    this.el.classList.remove('stuck');
  }
}
