import { onKeyboardInset } from './keyboard';

export class ComposerActions extends HTMLElement {
  connectedCallback(): void {
    this.classList.add('composer-actions');
    onKeyboardInset((inset) => { // expect: listener-leak
      this.style.bottom = `${inset.bottom}px`;
      this.toggleAttribute('raised', inset.visible);
    });
  }

  disconnectedCallback(): void {
    this.style.bottom = '';
  }
}

customElements.define('composer-actions', ComposerActions);
