import { on, off } from './events';

export class Tooltip extends HTMLElement {
  connectedCallback(): void {
    on(document, 'scroll', this.reposition.bind(this));
  }

  disconnectedCallback(): void {
    off(document, 'scroll', this.reposition.bind(this)); // expect: listener-removal-mismatch
  }

  private reposition(): void {
    const anchor = this.previousElementSibling?.getBoundingClientRect();
    if (anchor) this.style.top = `${anchor.bottom + 4}px`;
  }
}

customElements.define('x-tooltip', Tooltip);
