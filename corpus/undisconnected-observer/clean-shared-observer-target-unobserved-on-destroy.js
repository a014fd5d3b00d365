// Every sticky header shares one module-level IntersectionObserver made on first use, and
// destroy() unobserves the header's sentinel before forgetting its callback.
const callbacks = new Map();
let observer = null;

function sharedObserver() {
  if (!observer) {
    observer = new IntersectionObserver((entries) => {
      for (const entry of entries) callbacks.get(entry.target)?.(entry.isIntersecting);
    });
  }
  return observer;
}

export class StickyHeader {
  constructor(el, sentinel) {
    this.el = el;
    this.sentinel = sentinel;
    callbacks.set(sentinel, (visible) => el.classList.toggle('stuck', !visible));
    sharedObserver().observe(sentinel);
  }

  destroy() {
    sharedObserver().unobserve(this.sentinel);
    callbacks.delete(this.sentinel);
  }
}
