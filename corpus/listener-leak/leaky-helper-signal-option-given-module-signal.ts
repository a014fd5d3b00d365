// The helper's listener ends with the signal it is handed, and the route hands it the signal of
// the module's shutdown controller: every watcher stays registered until the process stops.
import express from 'express';

const inventory = new EventTarget();
const lifetime = new AbortController();
process.once('SIGTERM', () => lifetime.abort());

function watchStock(sku: string, onChange: (qty: number) => void, signal: AbortSignal): void {
  inventory.addEventListener('stock', (event) => {
    const { detail } = event as CustomEvent<{ sku: string; qty: number }>;
    if (detail.sku === sku) onChange(detail.qty);
  }, { signal });
}

const app = express();
app.get('/stock/:sku/watch', (req, res) => {
  res.setHeader('Content-Type', 'text/event-stream');
  watchStock(req.params.sku, (qty) => res.write(`data: ${qty}\n\n`), lifetime.signal); // expect: listener-leak
});
app.listen(4800);
