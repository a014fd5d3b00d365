// A per-process registry kept on globalThis (`??=` keeps the first one across reloads): each
// session id a client sends adds an entry, and no path removes one.
import express from 'express';

declare global {
  // eslint-disable-next-line no-var
  var sessionsSeen: Map<string, number> | undefined;
}

globalThis.sessionsSeen ??= new Map<string, number>(); // expect: unbounded-collection

const app = express();

app.post('/ping', (req, res) => {
  globalThis.sessionsSeen!.set(String(req.body.session), Date.now());
  res.sendStatus(204);
});

export default app;
