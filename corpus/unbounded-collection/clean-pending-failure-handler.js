// The same bridge, but a lookup whose send fails takes its entry out before it rejects; a
// second operation hands `resolve` (not a failure) to `.then()`.
const express = require('express');
const { randomUUID } = require('crypto');
const { sendToWorker, onWorkerReply, ping } = require('worker-bridge');

const pending = new Map();

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
    sendToWorker({ id, query }).catch((err) => {
      pending.delete(id);
      reject(err);
    });
  });
}

function health() {
  return new Promise((resolve) => ping().then(resolve));
}

const app = express();
app.get('/lookup', async (req, res) => res.json(await lookup(req.query.q)));
app.get('/health', async (req, res) => res.json(await health()));
app.listen(3000);
