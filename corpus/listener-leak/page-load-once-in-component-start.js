// A lazy map element that waits for the page to finish loading. Elements created after the
// page has loaded (a later route, an opened dialog) wait for a 'load' that never comes again.
class LazyMap extends HTMLElement {
  connectedCallback() {
    window.addEventListener('load', () => this.render(), { once: true }); // expect: listener-leak
  }

  render() {
    if (!this.isConnected) return;
    this.innerHTML = `<iframe src="/maps?q=${encodeURIComponent(this.getAttribute('q') || '')}"></iframe>`;
  }
}

customElements.define('lazy-map', LazyMap);
