// The same checkout removes its listener in `.finally`, which runs whether the booking
// succeeds or fails, and a second route removes it in both callbacks of `.then`.
const express = require('express');
const catalog = require('./catalog');

const router = express.Router();

router.post('/checkout/:cart', (req, res) => {
  const changes = [];
  const onPrice = (sku, price) => changes.push({ sku, price, cart: req.params.cart });
  catalog.on('price', onPrice);

  catalog.reserve(req.params.cart, req.body.items)
    .then((order) => res.json({ order, changes }))
    .catch((err) => res.status(409).json({ error: err.message }))
    .finally(() => catalog.off('price', onPrice));
});

router.post('/quote/:cart', (req, res) => {
  const onPrice = (sku, price) => res.write(`${sku} ${price}\n`);
  catalog.on('price', onPrice);
  catalog.quote(req.params.cart).then(
    (total) => { catalog.off('price', onPrice); res.end(String(total)); },
    (err) => { catalog.off('price', onPrice); res.status(500).end(err.message); },
  );
});

module.exports = router;
