// The span ends whether the charge succeeds or not.
const express = require('express');
const { Span } = require('./span');

const router = express.Router();

router.post('/orders', async (req, res, next) => {
  const span = new Span('create-order', { order: req.body });
  try {
    const order = await chargeAndSave(req.body);
    res.status(201).json(order);
  } catch (err) {
    next(err);
  } finally {
    span.end();
  }
});

async function chargeAndSave(order) {
  if (!order.total) throw new Error('empty order');
  return { ...order, id: Date.now() };
}

module.exports = router;
