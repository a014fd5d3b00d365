// Every request stamps its tenant through the helper: the shared client's chain gains one more
// interceptor per request, each holding its tenant, and none is ever ejected.
const express = require('express');
const { billing, forTenant } = require('./tenant-http');

const router = express.Router();

router.get('/invoices', async (req, res) => {
  const api = forTenant(billing, req.get('x-tenant')); // expect: dropped-unsubscribe
  const { data } = await api.get('/invoices');
  res.json(data);
});

module.exports = router;
