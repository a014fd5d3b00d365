// A toast host that waits for its first render, then watches the whole page body: removed
// during that wait, it still makes the observer, which the body keeps with the element.
class ToastHost extends HTMLElement {
  constructor() {
    super();
    this.rendered = Promise.resolve();
  }

  async connectedCallback() {
    await this.rendered;
    this.observer = new MutationObserver(() => this.reposition()); // expect: undisconnected-observer
    this.observer.observe(document.body, { childList: true });
  }

  disconnectedCallback() {
    if (this.observer) this.observer.disconnect();
  }

  reposition() {
    this.style.bottom = `${document.body.querySelectorAll('dialog[open]').length * 48}px`;
  }
}

customElements.define('toast-host', ToastHost);
