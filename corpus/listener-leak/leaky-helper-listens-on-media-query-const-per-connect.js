// Density follows the OS "reduce motion" setting unless the user picked one.
function watchMotionPreference(element) {
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)');
  reduced.addEventListener('change', (event) => { // expect: listener-leak
    element.toggleAttribute('reduced-motion', event.matches);
  });
  element.toggleAttribute('reduced-motion', reduced.matches);
}

class AnimatedCounter extends HTMLElement {
  connectedCallback() {
    watchMotionPreference(this);
    this.textContent = this.getAttribute('value') ?? '0';
  }
}

customElements.define('animated-counter', AnimatedCounter);
