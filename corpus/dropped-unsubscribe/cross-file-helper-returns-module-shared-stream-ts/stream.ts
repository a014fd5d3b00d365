import express from 'express';
import { alertsFor } from './alerts';

const app = express();

// Each dashboard tab subscribes to the shared alert stream and never lets go.
app.get('/sites/:site/alerts', (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/event-stream' });
  alertsFor(req.params.site).subscribe({ // expect: dropped-unsubscribe
    next: (a) => res.write(`data: ${JSON.stringify(a)}\n\n`),
    error: () => res.end(),
  });
});

app.listen(8080);
