// The remover runs on the response's 'close', which comes however the stream ends.
import express from 'express';

const watchers = new Map<string, Set<(update: unknown) => void>>();

function watchOrder(id: string, fn: (update: unknown) => void): () => void {
  let set = watchers.get(id);
  if (!set) watchers.set(id, (set = new Set()));
  set.add(fn);
  return () => {
    set!.delete(fn);
    if (set!.size === 0) watchers.delete(id);
  };
}

const app = express();
app.get('/orders/:id/events', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const stop = watchOrder(req.params.id, (update) => res.write(`data: ${JSON.stringify(update)}\n\n`));
  res.on('close', stop);
});
app.listen(4101);
