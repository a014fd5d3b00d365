// The same header, whose end calls the base's first.
class ScrollAware extends HTMLElement {
  protected onScroll = (): void => this.scrolled(window.scrollY);

  connectedCallback(): void {
    window.addEventListener("scroll", this.onScroll, { passive: true });
  }

  disconnectedCallback(): void {
    window.removeEventListener("scroll", this.onScroll);
  }

  protected scrolled(_y: number): void {}
}

class StickyHeader extends ScrollAware {
  connectedCallback(): void {
    super.connectedCallback();
    this.classList.add("sticky");
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.classList.remove("sticky", "stuck");
  }

  protected scrolled(y: number): void {
    this.classList.toggle("stuck", y > 64);
  }
}

customElements.define("sticky-header", StickyHeader);
