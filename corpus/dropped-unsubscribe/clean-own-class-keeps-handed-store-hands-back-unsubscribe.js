// The badge hands back the store's unsubscribe, and each navigation ends the previous badge's
// subscription before it attaches a new one.
const { createStore } = require('redux');
const { EventEmitter } = require('node:events');

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

const cart = createStore((state = { items: [] }) => state);
const router = new EventEmitter();
let detach = () => {};

router.on('navigate', (page) => {
  detach();
  detach = new CartBadge(cart).attach(page.querySelector('.cart-badge'));
});

module.exports = { router };
