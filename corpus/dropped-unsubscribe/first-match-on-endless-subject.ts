import express from 'express';
import { Subject, filter, first } from 'rxjs';

interface Fill {
  orderId: string;
  price: number;
}

export const fills$ = new Subject<Fill>();

const app = express();
app.get('/orders/:id/fill', (req, res) => {
  fills$
    .pipe(
      filter((fill) => fill.orderId === req.params.id),
      first(),
    )
    .subscribe((fill) => res.json(fill)); // expect: dropped-unsubscribe
});
app.listen(3000);
