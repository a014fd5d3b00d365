// Each time the badge is attached it registers a newly bound method, and its detach never
// unregisters it: the module's set keeps every detached badge alive.
import { onVisibility } from './presence.js';

class IdleBadge extends HTMLElement {
  connectedCallback() {
    this.textContent = 'active';
    onVisibility(this.render.bind(this)); // expect: unbounded-collection
  }

  disconnectedCallback() {
    this.textContent = '';
  }

  render(state) {
    this.textContent = state === 'hidden' ? 'away' : 'active';
  }
}

customElements.define('idle-badge', IdleBadge);
