// A base element that follows the window's scroll position, and a sticky header built on it.
// The header's own disconnectedCallback replaces the base's without calling it, so every
// header removed from the page leaves the base's 'scroll' listener on window.
class ScrollAware extends HTMLElement {
  constructor() {
    super();
    this.onScroll = () => this.scrolled(window.scrollY);
  }

  connectedCallback() {
    window.addEventListener('scroll', this.onScroll, { passive: true });
  }

  disconnectedCallback() {
    window.removeEventListener('scroll', this.onScroll);
  }

  scrolled() {}
}

class StickyHeader extends ScrollAware {
  connectedCallback() {
    super.connectedCallback();
    this.classList.add('sticky');
  }

  disconnectedCallback() { // expect: listener-leak
    this.classList.remove('sticky', 'stuck');
  }

  scrolled(y) {
    this.classList.toggle('stuck', y > 64);
  }
}

customElements.define('sticky-header', StickyHeader);
