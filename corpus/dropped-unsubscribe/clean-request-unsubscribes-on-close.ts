// The same streams done right: the request keeps its Subscription and ends it when the
// client goes away; the audit subscription is made once at start-up; `server.listen` in a
// benchmark's start hook is a server starting, not a subscription; and a per-request source
// (`fetch$(...)`) completes on its own.
import express from 'express';
import http from 'node:http';
import { Subject, Observable, from } from 'rxjs';

const orders$ = new Subject<{ id: string }>();
const app = express();
const fetch$ = (url: string): Observable<Response> => from(fetch(url));

orders$.subscribe((order) => console.log('audit', order.id));

app.get('/orders/stream', (req, res) => {
  res.setHeader('content-type', 'text/event-stream');
  const subscription = orders$.subscribe((order) => res.write(`data: ${JSON.stringify(order)}\n\n`));
  req.on('close', () => subscription.unsubscribe());
});

app.get('/proxy', (req, res) => {
  fetch$(String(req.query.url)).subscribe((reply) => res.status(reply.status).end());
});

const server = http.createServer(app);
const suite = { on(event: string, fn: () => void): void { if (event === 'start') fn(); } };
suite.on('start', () => {
  server.listen(0);
});
