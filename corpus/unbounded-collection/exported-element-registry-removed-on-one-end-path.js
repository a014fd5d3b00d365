// Every tooltip on the page, so that showing one hides the rest. A tooltip that leaves the
// page while hidden is never taken out of the registry.
export class HoverTip extends HTMLElement {
  static all = new Set(); // expect: unbounded-collection

  #shown = false;

  connectedCallback() {
    HoverTip.all.add(this);
  }

  disconnectedCallback() {
    if (this.#shown) {
      this.#shown = false;
      HoverTip.all.delete(this);
    }
  }

  show() {
    for (const tip of HoverTip.all) if (tip !== this) tip.hide();
    this.#shown = true;
  }

  hide() {
    this.#shown = false;
  }
}
