// The helper ends its listener with the signal it is handed; the route hands it none, so every
// request leaves one more listener on the module's monitor.
const express = require('express');

const monitor = new EventTarget();

function onOutage(fn, signal) {
  monitor.addEventListener('outage', () => fn(), { signal });
}

const app = express();
app.get('/balance/:id', async (req, res) => {
  let down = false;
  onOutage(() => { down = true; }); // expect: listener-leak
  const balance = await Promise.resolve(42);
  res.json(down ? { error: 'ledger down' } : { balance });
});
app.listen(4300);
