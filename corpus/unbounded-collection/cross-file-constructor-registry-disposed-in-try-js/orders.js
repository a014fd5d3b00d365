// A failed charge skips `span.end()`, and the span (with the order in its attributes) stays open.
const express = require('express');
const { Span } = require('./span');

const router = express.Router();

router.post('/orders', async (req, res, next) => {
  const span = new Span('create-order', { order: req.body }); // expect: unbounded-collection
  try {
    const order = await chargeAndSave(req.body);
    span.end();
    res.status(201).json(order);
  } catch (err) {
    next(err);
  }
});

async function chargeAndSave(order) {
  if (!order.total) throw new Error('empty order');
  return { ...order, id: Date.now() };
}

module.exports = router;
