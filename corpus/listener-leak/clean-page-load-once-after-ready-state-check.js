// A lazy map element that waits for the page to finish loading, or renders at once when it
// already has.
class LazyMap extends HTMLElement {
  connectedCallback() {
    if (document.readyState === 'complete') this.render();
    else window.addEventListener('load', () => this.render(), { once: true });
  }

  render() {
    if (!this.isConnected) return;
    this.innerHTML = `<iframe src="/maps?q=${encodeURIComponent(this.getAttribute('q') || '')}"></iframe>`;
  }
}

customElements.define('lazy-map', LazyMap);
