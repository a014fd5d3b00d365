import { follow } from './topics.js';

export class UnreadBadge extends HTMLElement {
  connectedCallback() {
    follow('inbox', (message) => { // expect: dropped-unsubscribe
      this.textContent = String(message.unread);
    });
  }
}

customElements.define('unread-badge', UnreadBadge);
