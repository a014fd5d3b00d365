// A web component whose connectedCallback asks a method to subscribe to the app's store; the
// method drops the unsubscribe, so every time the element is attached one more callback, with
// the element, stays on the store.
import { appStore } from "./app-store.js";

class CartCount extends HTMLElement {
  connectedCallback() {
    this.render(appStore.getState());
    this.listen(); // expect: dropped-unsubscribe
  }

  disconnectedCallback() {
    this.textContent = "";
  }

  listen() {
    appStore.subscribe(() => this.render(appStore.getState()));
  }

  render(state) {
    this.textContent = String(state.cart.length);
  }
}

customElements.define("cart-count", CartCount);
