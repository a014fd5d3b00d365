import { followHeight } from './follow-height.js';

// Mounted and unmounted many times; each mount's observer is ended by the function kept in a
// private field, called (if set) when the element leaves the page.
class AutoFrame extends HTMLElement {
  #sizing = null;

  connectedCallback() {
    this.#sizing = followHeight(this, (height) => {
      this.style.setProperty('--frame-height', `${height}px`);
    });
  }

  disconnectedCallback() {
    this.#sizing?.();
    this.#sizing = null;
  }
}

customElements.define('auto-frame', AutoFrame);
