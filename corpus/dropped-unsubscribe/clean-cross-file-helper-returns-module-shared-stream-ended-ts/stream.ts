import express from 'express';
import { fromEvent, takeUntil } from 'rxjs';
import { alertsFor } from './alerts';

const app = express();

// Each dashboard tab's subscription ends when its response closes.
app.get('/sites/:site/alerts', (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/event-stream' });
  alertsFor(req.params.site).pipe(takeUntil(fromEvent(res, 'close'))).subscribe({
    next: (a) => res.write(`data: ${JSON.stringify(a)}\n\n`),
    error: () => res.end(),
  });
});

app.listen(8080);
