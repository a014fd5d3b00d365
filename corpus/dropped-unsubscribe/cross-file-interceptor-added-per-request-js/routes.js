// Every request adds one more interceptor, holding its request, to the shared client.
import express from 'express';
import { withTenant } from './client.js';

export const router = express.Router();

router.get('/invoices', async (req, res) => {
  const invoices = await withTenant(req, (api) => api.get('/invoices')); // expect: dropped-unsubscribe
  res.json(invoices.data);
});
