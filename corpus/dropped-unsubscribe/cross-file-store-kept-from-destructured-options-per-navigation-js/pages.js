// Every page view mounts a new counter over the app's one store: the store keeps every old
// page's element through the dropped subscriptions.
const { createStore } = require('redux');
const { EventEmitter } = require('node:events');
const { WishlistCount } = require('./wishlist-count');

const wishlist = createStore((state = { saved: [] }) => state);
const views = new EventEmitter();

views.on('view', (page) => {
  new WishlistCount({ store: wishlist, label: 'Saved' }).mount(page.querySelector('.saved')); // expect: dropped-unsubscribe
});

module.exports = { views, wishlist };
