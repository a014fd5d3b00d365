// The badge keeps the bound method it registered and hands that same function back on detach.
import { onVisibility, offVisibility } from './presence';

class IdleBadge extends HTMLElement {
  private readonly onState = this.render.bind(this);

  connectedCallback(): void {
    this.textContent = 'active';
    onVisibility(this.onState);
  }

  disconnectedCallback(): void {
    offVisibility(this.onState);
  }

  render(state: DocumentVisibilityState): void {
    this.textContent = state === 'hidden' ? 'away' : 'active';
  }
}

customElements.define('idle-badge', IdleBadge);
