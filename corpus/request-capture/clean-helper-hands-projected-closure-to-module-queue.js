// The same queue helper, handed a closure over values copied out of the request first: the
// queued job keeps two strings, not the request.
const express = require('express');
const PQueue = require('p-queue').default;

const outbox = new PQueue({ concurrency: 2 });

function enqueue(label, job) {
  return outbox.add(async () => {
    await job();
    console.log(`${label} done`);
  });
}

const app = express();

app.post('/invites', express.json(), (req, res) => {
  const address = req.body.email;
  const language = req.get('accept-language');
  enqueue('invite', async () => {
    await sendInvite(address, language);
  });
  res.status(202).end();
});

async function sendInvite(address, language) {
  return { address, language };
}

app.listen(3000);
