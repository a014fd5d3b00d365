// The button lives in the element's own shadow root and is replaced on every connect: its
// listener goes with it. The document listener is the one that needs removing, and is.
class ThemeToggle extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.onKey = this.onKey.bind(this);
  }

  connectedCallback() {
    this.shadowRoot.innerHTML = '<button part="button">Toggle</button>';
    const button = this.shadowRoot.querySelector('button');
    button.addEventListener('click', () => this.toggle());
    document.addEventListener('keydown', this.onKey);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.onKey);
  }

  onKey(event) {
    if (event.altKey && event.key === 't') this.toggle();
  }

  toggle() {
    const root = document.documentElement;
    root.dataset.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
  }
}

customElements.define('theme-toggle', ThemeToggle);
