// The same element makes a controller per connection and aborts it when it is removed.
export class NetBadge extends HTMLElement {
  connectedCallback() {
    this.life = new AbortController();
    const { signal } = this.life;
    window.addEventListener('online', () => this.update(), { signal });
    this.update();
  }

  disconnectedCallback() {
    this.life.abort();
  }

  update() {
    this.textContent = navigator.onLine ? 'online' : 'offline';
  }
}
