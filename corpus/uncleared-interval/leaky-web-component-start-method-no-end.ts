// `<stock-ticker symbol="ACME">`: shows the latest price, refreshed every few seconds.
export class StockTicker extends HTMLElement {
  private refresh?: number;

  connectedCallback(): void {
    this.textContent = '…';
    this.beginUpdates();
  }

  attributeChangedCallback(): void {
    void this.update();
  }

  private beginUpdates(): void {
    if (this.refresh !== undefined) return;
    this.refresh = window.setInterval(() => void this.update(), 5_000); // expect: uncleared-interval
  }

  private async update(): Promise<void> {
    const symbol = this.getAttribute('symbol');
    const res = await fetch(`/api/quotes/${encodeURIComponent(symbol ?? '')}`);
    if (res.ok) this.textContent = (await res.json()).price.toFixed(2);
  }
}

customElements.define('stock-ticker', StockTicker);
