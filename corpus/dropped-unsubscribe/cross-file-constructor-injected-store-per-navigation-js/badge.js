// Shows the cart's size in a badge, following whatever store it was made with; the
// subscription's disposer is dropped.
class CartBadge {
  constructor(store) {
    this.store = store;
  }

  attach(el) {
    this.store.subscribe(() => {
      el.textContent = String(this.store.getState().items.length);
    });
  }
}

module.exports = CartBadge;
