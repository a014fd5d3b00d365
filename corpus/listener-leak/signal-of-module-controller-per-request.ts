// Each request listens for config reloads "until the signal aborts" — but the signal is the
// server's own, aborted only at shutdown, so every request's listener (and its req) stays.
import express from 'express';

export const configEvents = new EventTarget();
const serverLifetime = new AbortController();
process.once('SIGTERM', () => serverLifetime.abort());

const app = express();
app.get('/config/watch', (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/event-stream' });
  configEvents.addEventListener('reload', () => res.write(`data: ${req.query.section}\n\n`), { signal: serverLifetime.signal }); // expect: listener-leak
});
app.listen(3000);
