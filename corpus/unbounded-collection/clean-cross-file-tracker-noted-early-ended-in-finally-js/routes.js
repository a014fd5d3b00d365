'use strict';

const express = require('express');
const { randomUUID } = require('node:crypto');
const { enter, stage, leave } = require('./inflight');
const { loadInvoice, renderPdf } = require('./invoices');

const router = express.Router();

router.get('/invoices/:id.pdf', async (req, res, next) => {
  const id = randomUUID();
  enter(id, req);
  stage(id, 'load');
  try {
    const invoice = await loadInvoice(req.params.id);
    stage(id, 'render');
    const pdf = await renderPdf(invoice);
    res.type('application/pdf').send(pdf);
  } catch (err) {
    next(err);
  } finally {
    leave(id);
  }
});

module.exports = router;
