// Every tooltip on the page, so that showing one hides the rest; each leaves the registry
// when it leaves the page.
export class HoverTip extends HTMLElement {
  static all = new Set();

  #shown = false;

  connectedCallback() {
    HoverTip.all.add(this);
  }

  disconnectedCallback() {
    this.#shown = false;
    HoverTip.all.delete(this);
  }

  show() {
    for (const tip of HoverTip.all) if (tip !== this) tip.hide();
    this.#shown = true;
  }

  hide() {
    this.#shown = false;
  }
}
