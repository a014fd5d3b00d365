'use strict';
const express = require('express');
const { Subject, filter, first, timeout } = require('rxjs');

const fills$ = new Subject();

const app = express();
app.get('/orders/:id/fill', (req, res) => {
  fills$
    .pipe(
      filter((fill) => fill.orderId === req.params.id),
      first(),
      timeout({ first: 20000 }),
    )
    .subscribe({ next: (fill) => res.json(fill), error: () => res.status(204).end() });
});
app.get('/ticks/next', (req, res) => {
  fills$.pipe(first()).subscribe((fill) => res.json(fill));
});
app.listen(3000);
module.exports = { fills$ };
