// The same element keeps the unsubscribe its method receives and calls it when detached.
import { appStore } from "./app-store.js";

class CartCount extends HTMLElement {
  connectedCallback() {
    this.render(appStore.getState());
    this.listen();
  }

  disconnectedCallback() {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  listen() {
    this.unsubscribe = appStore.subscribe(() => this.render(appStore.getState()));
  }

  render(state) {
    this.textContent = String(state.cart.length);
  }
}

customElements.define("cart-count", CartCount);
