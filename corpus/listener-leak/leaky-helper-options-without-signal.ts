// The same helper, but the route passes options that end nothing: every request leaves a
// listener on the module-level target, holding its response.
import express from 'express';

const updates = new EventTarget();

function subscribeTo(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions) {
  target.addEventListener(type, handler, options);
}

const app = express();
app.get('/feeds/:id', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  subscribeTo(updates, `feed:${req.params.id}`, (event) => { // expect: listener-leak
    res.write(`data: ${JSON.stringify((event as CustomEvent).detail)}\n\n`);
  }, { passive: true });
});
app.listen(3000);
