// A stock badge that loads its first value before it starts following the page's focus.
class StockBadge extends HTMLElement {
  constructor() {
    super();
    this.reload = this.reload.bind(this);
  }

  async connectedCallback() {
    await this.reload();
    window.addEventListener('focus', this.reload); // expect: listener-leak
  }

  disconnectedCallback() {
    window.removeEventListener('focus', this.reload);
  }

  async reload() {
    const response = await fetch(`/api/stock/${this.getAttribute('sku')}`);
    this.textContent = String((await response.json()).available);
  }
}

customElements.define('stock-badge', StockBadge);
