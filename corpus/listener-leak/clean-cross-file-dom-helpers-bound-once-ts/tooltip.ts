import { on, off } from './events';

export class Tooltip extends HTMLElement {
  private readonly reposition = (): void => {
    const anchor = this.previousElementSibling?.getBoundingClientRect();
    if (anchor) this.style.top = `${anchor.bottom + 4}px`;
  };

  connectedCallback(): void {
    on(document, 'scroll', this.reposition);
  }

  disconnectedCallback(): void {
    off(document, 'scroll', this.reposition);
  }
}

customElements.define('x-tooltip', Tooltip);
