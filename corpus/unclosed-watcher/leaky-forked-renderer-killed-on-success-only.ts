// A forked renderer answers over IPC and stays alive until killed. Only a successful reply kills
// it; an error reply leaves the child process running.
import { fork } from 'node:child_process';
import { Router } from 'express';

export const pdf = Router();

pdf.get('/invoices/:id.pdf', (req, res) => {
  const renderer = fork('./render-invoice.js'); // expect: unclosed-watcher
  renderer.once('message', (reply: { ok: boolean; data?: Uint8Array }) => {
    if (reply.ok) {
      renderer.kill();
      res.type('application/pdf').send(Buffer.from(reply.data ?? []));
      return;
    }
    res.status(500).end();
  });
  renderer.send({ id: req.params.id });
});
