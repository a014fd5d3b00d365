// Shows how many items a wishlist holds, following the store its options name; the
// subscription's disposer is dropped.
class WishlistCount {
  constructor({ store, label }) {
    this.store = store;
    this.label = label;
  }

  mount(el) {
    this.store.subscribe(() => {
      el.textContent = `${this.label} (${this.store.getState().saved.length})`;
    });
  }
}

module.exports = { WishlistCount };
