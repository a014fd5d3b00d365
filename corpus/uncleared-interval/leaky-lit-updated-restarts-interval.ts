// A Lit element that ticks at a rate given as a property; `updated()` starts a new ticker when
// the rate changes, over the handle of the running one.
import { LitElement, html, PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

@customElement('elapsed-clock')
export class ElapsedClock extends LitElement {
  @property({ type: Number }) rate = 1000;
  @state() private elapsed = 0;
  private ticker?: ReturnType<typeof setInterval>;

  connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(() => (this.elapsed += this.rate), this.rate);
  }

  updated(changed: PropertyValues<this>): void {
    if (changed.has('rate')) {
      this.ticker = setInterval(() => (this.elapsed += this.rate), this.rate); // expect: uncleared-interval
    }
  }

  disconnectedCallback(): void {
    clearInterval(this.ticker);
    super.disconnectedCallback();
  }

  render() {
    return html`<time>${this.elapsed / 1000}s</time>`;
  }
}
