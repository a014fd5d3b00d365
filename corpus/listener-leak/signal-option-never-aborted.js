// The listener is given a signal, but its controller is never aborted: the signal removes
// nothing, and each request's listener (with its `res`) stays on the shared target.
const express = require('express');

const updates = new EventTarget();
const app = express();

app.get('/live', (req, res) => {
  const controller = new AbortController();
  res.setHeader('Content-Type', 'text/event-stream');
  updates.addEventListener('update', (event) => { // expect: listener-leak
    res.write(`data: ${JSON.stringify(event.detail)}\n\n`);
  }, { signal: controller.signal });
});

app.listen(3000);
