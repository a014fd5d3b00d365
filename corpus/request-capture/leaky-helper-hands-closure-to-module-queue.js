// A helper of this file hands the closure it is given to a module-level job queue: the queued
// job keeps the whole request until the queue gets to it.
const express = require('express');
const PQueue = require('p-queue').default;

const outbox = new PQueue({ concurrency: 2 });

function enqueue(label, job) {
  const queuedAt = Date.now();
  return outbox.add(async () => {
    await job();
    console.log(`${label} done after ${Date.now() - queuedAt} ms`);
  });
}

const app = express();

app.post('/invites', express.json(), (req, res) => {
  enqueue('invite', async () => { // expect: request-capture
    await sendInvite(req.body.email, req.get('accept-language'));
  });
  res.status(202).end();
});

async function sendInvite(address, language) {
  return { address, language };
}

app.listen(3000);
