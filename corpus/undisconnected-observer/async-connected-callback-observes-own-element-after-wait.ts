// A tree element that waits for its first render, then watches its own children. An
// observer of the element itself is held by that element alone: made after the element has
// gone, it goes with it.
class FileTree extends HTMLElement {
  private observer?: MutationObserver;
  private rendered = Promise.resolve();

  async connectedCallback(): Promise<void> {
    await this.rendered;
    this.observer = new MutationObserver(() => this.relabel());
    this.observer.observe(this, { childList: true, subtree: true });
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
  }

  private relabel(): void {
    this.setAttribute('aria-label', `${this.children.length} items`);
  }
}

customElements.define('file-tree', FileTree);
