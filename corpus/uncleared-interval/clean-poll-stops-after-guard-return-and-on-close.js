// Long-poll for a payment's settlement: the interval ends when the payment settles or the client leaves.
const express = require('express');

function paymentRoutes(payments) {
  const router = express.Router();
  router.get('/payments/:id/settled', (req, res) => {
    const check = setInterval(async () => {
      const payment = await payments.find(req.params.id);
      if (!payment || payment.state === 'pending') return;
      clearInterval(check);
      res.json({ id: payment.id, state: payment.state });
    }, 1000);
    req.on('close', () => clearInterval(check));
  });
  return router;
}

module.exports = { paymentRoutes };
