// The same element, but `updated()` starts a ticker only when none is running.
import { LitElement, html, PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

@customElement('elapsed-clock')
export class ElapsedClock extends LitElement {
  @property({ type: Boolean }) running = false;
  @state() private elapsed = 0;
  private ticker?: ReturnType<typeof setInterval>;

  updated(changed: PropertyValues<this>): void {
    if (changed.has('running') && this.running && this.ticker === undefined) {
      this.ticker = setInterval(() => (this.elapsed += 1000), 1000);
    }
  }

  disconnectedCallback(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
    super.disconnectedCallback();
  }

  render() {
    return html`<time>${this.elapsed / 1000}s</time>`;
  }
}
