import express from 'express';
import { streamReport } from './reports';
import { fetchInvoicePage } from './billing-client';

export const reports = express.Router();

reports.get('/reports/invoices.csv', async (req, res, next) => {
  res.type('text/csv');
  try {
    await streamReport((cursor) => fetchInvoicePage(req.query.month as string, cursor), res);
  } catch (err) {
    next(err);
  }
});
