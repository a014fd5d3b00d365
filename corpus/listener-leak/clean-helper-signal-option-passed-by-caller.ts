// The route hands the helper a signal it aborts when the request is done.
import express from 'express';

const monitor = new EventTarget();

function onOutage(fn: () => void, signal?: AbortSignal): void {
  monitor.addEventListener('outage', () => fn(), { signal });
}

const app = express();
app.get('/balance/:id', async (req, res) => {
  const done = new AbortController();
  let down = false;
  onOutage(() => { down = true; }, done.signal);
  try {
    const balance = await Promise.resolve(42);
    res.json(down ? { error: 'ledger down' } : { balance });
  } finally {
    done.abort();
  }
});
app.listen(4301);
