// Webhook deliveries wait in a map until one attempt succeeds. The helper deletes the entry
// at the end of its `try`; a target that always fails lands in the `catch` every time, so
// its entry, with the request body it holds, stays for good.
const express = require('express');

const pending = new Map(); // expect: unbounded-collection

async function attempt(id) {
  const delivery = pending.get(id);
  try {
    await delivery.send();
    pending.delete(id);
  } catch (err) {
    delivery.failures += 1;
    console.warn(`delivery ${id} failed ${delivery.failures} times: ${err.message}`);
  }
}

const app = express();
app.use(express.json());

app.post('/relay', (req, res) => {
  const id = req.get('x-delivery-id');
  const body = JSON.stringify(req.body);
  pending.set(id, { failures: 0, send: () => fetch(req.get('x-target'), { method: 'POST', body }) });
  attempt(id);
  res.sendStatus(202);
});

app.listen(3700);
