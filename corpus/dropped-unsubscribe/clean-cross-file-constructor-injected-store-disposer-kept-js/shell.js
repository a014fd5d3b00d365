// Each navigation detaches the previous page's badge before attaching the new one: the store
// holds one subscription at a time.
const { createStore } = require('redux');
const CartBadge = require('./badge');
const router = require('./router');

const cart = createStore((state = { items: [] }) => state);
let detach = null;

router.on('navigate', (page) => {
  if (detach) detach();
  detach = new CartBadge(cart).attach(page.querySelector('.cart-badge'));
});

module.exports = { cart };
