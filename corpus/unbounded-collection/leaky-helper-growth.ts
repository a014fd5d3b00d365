// The module-level list and map grow inside small helpers; the route calls them per request.
import express from 'express';

const patched: Array<{ target: object; name: string }> = [];
const lastSeen = new Map<string, number>(); // expect: unbounded-collection
const audit: string[] = []; // expect: unbounded-collection

function record<T>(into: T[], item: T): void {
  into.push(item);
}

function touch(map: Map<string, number>, key: string): void {
  map.set(key, Date.now());
}

function patch(target: Record<string, unknown>, name: string, list: typeof patched): void {
  list.push({ target, name });
}

const app = express();
app.get('/items/:id', (req, res) => {
  touch(lastSeen, req.params.id);
  record(audit, `${req.method} ${req.path}`);
  res.json({ ok: true });
});

patch(globalThis as Record<string, unknown>, 'fetch', patched);

export default app;
