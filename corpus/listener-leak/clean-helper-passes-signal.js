// A small helper that hands its caller's options on to addEventListener: the route passes
// `{ signal }` of a controller it aborts when the client leaves, so each listener (and the
// request its closure holds) goes with the request.
const express = require('express');

const updates = new EventTarget();

function subscribeTo(target, type, handler, options) {
  target.addEventListener(type, handler, options);
}

const app = express();
app.get('/feeds/:id', (req, res) => {
  const done = new AbortController();
  req.on('close', () => done.abort());
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  subscribeTo(updates, `feed:${req.params.id}`, (event) => {
    res.write(`data: ${JSON.stringify(event.detail)}\n\n`);
  }, { signal: done.signal });
  subscribeTo(updates, 'shutdown', () => res.end(), { once: true });
});
app.listen(3000);
