// Each request adds an interceptor to the shared client, and the helper ejects it again.
import express from 'express';
import { withTenant } from './client.js';

export const router = express.Router();

router.get('/invoices', async (req, res) => {
  const invoices = await withTenant(req, (api) => api.get('/invoices'));
  res.json(invoices.data);
});
