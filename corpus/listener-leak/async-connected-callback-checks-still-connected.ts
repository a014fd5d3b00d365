// The same badge, in TypeScript: after the wait it listens only if it is still in the page.
class StockBadge extends HTMLElement {
  private readonly reload = async (): Promise<void> => {
    const response = await fetch(`/api/stock/${this.getAttribute('sku')}`);
    this.textContent = String((await response.json()).available);
  };

  async connectedCallback(): Promise<void> {
    await this.reload();
    if (!this.isConnected) return;
    window.addEventListener('focus', this.reload);
  }

  disconnectedCallback(): void {
    window.removeEventListener('focus', this.reload);
  }
}

customElements.define('stock-badge', StockBadge);
