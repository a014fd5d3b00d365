// The element's listeners end with the page's controller, which aborts only when the page
// goes: every element connected and removed in between stays referenced from `window`.
export const pageLife = new AbortController();

export class NetBadge extends HTMLElement {
  connectedCallback() {
    const { signal } = pageLife;
    window.addEventListener('online', () => this.update(), { signal }); // expect: listener-leak
    this.update();
  }

  update() {
    this.textContent = navigator.onLine ? 'online' : 'offline';
  }
}
