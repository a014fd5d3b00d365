// Shows the cart's size in a badge and hands back the store's unsubscribe.
class CartBadge {
  constructor(store) {
    this.store = store;
  }

  attach(el) {
    return this.store.subscribe(() => {
      el.textContent = String(this.store.getState().items.length);
    });
  }
}

module.exports = CartBadge;
