import { follow } from './topics';

export class UnreadBadge extends HTMLElement {
  private stop: (() => void) | null = null;

  connectedCallback(): void {
    this.stop = follow('inbox', (message: { unread: number }) => {
      this.textContent = String(message.unread);
    });
  }

  disconnectedCallback(): void {
    this.stop?.();
    this.stop = null;
  }
}

customElements.define('unread-badge', UnreadBadge);
