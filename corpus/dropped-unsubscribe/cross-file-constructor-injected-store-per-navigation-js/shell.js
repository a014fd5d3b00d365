// Every navigation renders a page and attaches a new badge to the app's one store: the store
// keeps every old page's element through the dropped subscriptions.
const { createStore } = require('redux');
const CartBadge = require('./badge');
const router = require('./router');

const cart = createStore((state = { items: [] }) => state);

router.on('navigate', (page) => {
  const badge = new CartBadge(cart);
  badge.attach(page.querySelector('.cart-badge')); // expect: dropped-unsubscribe
});

module.exports = { cart };
