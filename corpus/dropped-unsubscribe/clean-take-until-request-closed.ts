// The same follow, ended by a notifier of the request's own: it fires when the client leaves.
import express from 'express';
import { Subject } from 'rxjs';
import { filter, takeUntil } from 'rxjs/operators';

const orders$ = new Subject<{ id: string; status: string }>();
const app = express();

app.get('/orders/:id/status', (req, res) => {
  const closed$ = new Subject<void>();
  req.on('close', () => closed$.next());
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  orders$
    .pipe(
      filter((order) => order.id === req.params.id),
      takeUntil(closed$),
    )
    .subscribe((order) => res.write(`data: ${order.status}\n\n`));
});

app.post('/orders/:id', express.json(), (req, res) => {
  orders$.next({ id: req.params.id, status: req.body.status });
  res.sendStatus(204);
});

app.listen(3000);
