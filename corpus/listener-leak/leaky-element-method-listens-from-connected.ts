// connectedCallback() runs on every insertion of the element; the method it calls adds a
// document listener that disconnectedCallback() never takes down (it only stops the timer).
export class LiveClock extends HTMLElement {
  private tick = 0;

  connectedCallback(): void {
    this.tick = window.setTimeout(() => this.render(), 1000);
    this.watchVisibility(); // expect: listener-leak
  }

  disconnectedCallback(): void {
    window.clearTimeout(this.tick);
  }

  private watchVisibility(): void {
    document.addEventListener('visibilitychange', () => this.render());
  }

  private render(): void {
    this.textContent = new Date().toLocaleTimeString();
  }
}

customElements.define('live-clock', LiveClock);
