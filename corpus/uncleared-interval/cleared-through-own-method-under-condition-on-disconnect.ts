// A clock element ticks while it is in the page. `disconnectedCallback` stops the tick only
// when the element is visible, so an element removed while hidden keeps ticking, holding the
// element and its shadow tree.
export class LiveClock extends HTMLElement {
  private ticker?: ReturnType<typeof setInterval>;
  private visible = true;

  connectedCallback(): void {
    this.start();
  }

  disconnectedCallback(): void {
    if (this.visible) {
      this.stop();
    }
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
  }

  private start(): void {
    this.ticker = setInterval(() => this.render(), 1000); // expect: uncleared-interval
  }

  private stop(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private render(): void {
    this.textContent = new Date().toLocaleTimeString();
  }
}
