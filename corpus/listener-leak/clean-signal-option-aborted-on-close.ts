// The same stream, with the controller aborted when the client goes away: the signal takes
// the listener off.
import express from 'express';

const updates = new EventTarget();
const app = express();

app.get('/live', (req, res) => {
  const controller = new AbortController();
  res.setHeader('Content-Type', 'text/event-stream');
  updates.addEventListener('update', (event) => {
    res.write(`data: ${JSON.stringify((event as CustomEvent).detail)}\n\n`);
  }, { signal: controller.signal });
  req.on('close', () => controller.abort());
});

app.listen(3000);
