// One observer for the whole page; each watched element waits in the Map for its first sight.
class VisibilityTracker {
  constructor() {
    this.waiting = new Map();
    this.observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const onVisible = this.waiting.get(entry.target);
        if (onVisible) onVisible(entry.isIntersecting);
      }
    });
  }

  watch(element, onVisible) {
    this.waiting.set(element, onVisible);
    this.observer.observe(element);
  }

  unwatch(element) {
    this.waiting.delete(element);
    this.observer.unobserve(element);
  }
}

export const visibility = new VisibilityTracker();
