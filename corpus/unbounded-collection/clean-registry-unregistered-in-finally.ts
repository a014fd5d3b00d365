// The same hooks are removed in `.finally()`, whether the export succeeds or fails.
import express from 'express';

class CancelHooks {
  private readonly hooks = new Map<number, () => void>();
  private next = 1;

  add(fn: () => void): number {
    const id = this.next++;
    this.hooks.set(id, fn);
    return id;
  }

  remove(id: number): void {
    this.hooks.delete(id);
  }
}

const cancelHooks = new CancelHooks();
const app = express();

app.post('/exports', (req, res) => {
  const controller = new AbortController();
  const hook = cancelHooks.add(() => controller.abort());
  fetch('http://exporter.internal/run', { method: 'POST', signal: controller.signal })
    .catch((err) => console.error('export failed', err))
    .finally(() => cancelHooks.remove(hook));
  res.sendStatus(202);
});

app.listen(3111);
