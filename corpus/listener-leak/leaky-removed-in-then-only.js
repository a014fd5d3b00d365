// A checkout listens for price changes while it books the order and stops listening when
// the booking succeeds. A booking that fails (out of stock, card declined) goes to the
// `.catch`, which never removes the listener: each failed checkout stays on the catalog.
const express = require('express');
const catalog = require('./catalog');

const router = express.Router();

router.post('/checkout/:cart', (req, res) => {
  const changes = [];
  const onPrice = (sku, price) => changes.push({ sku, price, cart: req.params.cart });
  catalog.on('price', onPrice); // expect: listener-leak

  bookOrder(req.params.cart, req.body)
    .then((order) => {
      catalog.off('price', onPrice);
      res.json({ order, changes });
    })
    .catch((err) => res.status(409).json({ error: err.message }));
});

function bookOrder(cart, body) {
  return catalog.reserve(cart, body.items);
}

module.exports = router;
