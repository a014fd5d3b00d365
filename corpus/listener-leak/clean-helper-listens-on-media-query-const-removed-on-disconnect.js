// Density follows the OS "reduce motion" setting unless the user picked one.
function watchMotionPreference(element) {
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)');
  const update = (event) => element.toggleAttribute('reduced-motion', event.matches);
  reduced.addEventListener('change', update);
  element.toggleAttribute('reduced-motion', reduced.matches);
  return () => reduced.removeEventListener('change', update);
}

class AnimatedCounter extends HTMLElement {
  connectedCallback() {
    this.stopWatching = watchMotionPreference(this);
    this.textContent = this.getAttribute('value') ?? '0';
  }

  disconnectedCallback() {
    this.stopWatching?.();
  }
}

customElements.define('animated-counter', AnimatedCounter);
