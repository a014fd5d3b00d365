// Each lookup waits in `pending` until the worker answers; the answer removes it, but a lookup
// the worker never receives (postMessage into a closed port throws, the send promise rejects)
// fails through `.catch(reject)` and its entry stays for good.
const express = require('express');
const { randomUUID } = require('crypto');
const { sendToWorker, onWorkerReply } = require('worker-bridge');

const pending = new Map(); // expect: unbounded-collection

onWorkerReply(({ id, result }) => {
  const waiter = pending.get(id);
  if (!waiter) return;
  pending.delete(id);
  waiter.resolve(result);
});

function lookup(query) {
  const id = randomUUID();
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    sendToWorker({ id, query }).catch(reject);
  });
}

const app = express();
app.get('/lookup', async (req, res) => res.json(await lookup(req.query.q)));
app.listen(3000);
