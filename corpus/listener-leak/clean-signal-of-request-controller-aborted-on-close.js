// Each request listens for config reloads until its own controller aborts, which its
// response's 'close' does: one listener per open request, none after.
import express from 'express';

export const configEvents = new EventTarget();

const app = express();
app.get('/config/watch', (req, res) => {
  const done = new AbortController();
  res.writeHead(200, { 'Content-Type': 'text/event-stream' });
  configEvents.addEventListener('reload', () => res.write(`data: ${req.query.section}\n\n`), { signal: done.signal });
  res.on('close', () => done.abort());
});
app.listen(3000);
