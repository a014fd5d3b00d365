import { followHeight } from './follow-height.js';

// Mounted many times; the function that would end each mount's observer is kept in a private
// field and only dropped when the element leaves the page, never called.
class AutoFrame extends HTMLElement {
  #sizing = null;

  connectedCallback() {
    this.#sizing = followHeight(this, (height) => { // expect: undisconnected-observer
      this.style.setProperty('--frame-height', `${height}px`);
    });
  }

  disconnectedCallback() {
    this.#sizing = null;
  }
}

customElements.define('auto-frame', AutoFrame);
