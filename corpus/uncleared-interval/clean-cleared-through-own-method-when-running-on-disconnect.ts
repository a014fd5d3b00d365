// A clock element ticks while it is in the page. `disconnectedCallback` stops the tick when
// it has one to stop, which it always has after `connectedCallback`.
export class LiveClock extends HTMLElement {
  private ticker?: ReturnType<typeof setInterval>;
  private visible = true;

  connectedCallback(): void {
    this.start();
  }

  disconnectedCallback(): void {
    if (this.ticker !== undefined) {
      this.stop();
    }
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
  }

  private start(): void {
    this.ticker = setInterval(() => this.render(), 1000);
  }

  private stop(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private render(): void {
    this.textContent = new Date().toLocaleTimeString();
  }
}
