import { onKeyboardInset } from './keyboard';

export class ComposerActions extends HTMLElement {
  private stopWatching?: () => void;

  connectedCallback(): void {
    this.classList.add('composer-actions');
    this.stopWatching = onKeyboardInset((inset) => {
      this.style.bottom = `${inset.bottom}px`;
      this.toggleAttribute('raised', inset.visible);
    });
  }

  disconnectedCallback(): void {
    this.stopWatching?.();
    this.style.bottom = '';
  }
}

customElements.define('composer-actions', ComposerActions);
