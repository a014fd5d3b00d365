// The same request removes its entry however it settles: all replies in, or the timeout.
import cluster from 'node:cluster';

interface Pending { replies: unknown[]; waiting: number; finish(err?: Error): void; timer?: NodeJS.Timeout }

let nextId = 0;
const pending = new Map<number, Pending>();

export function collectStats(): Promise<unknown[]> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const request: Pending = {
      replies: [],
      waiting: Object.keys(cluster.workers ?? {}).length,
      finish(err?: Error) {
        clearTimeout(request.timer);
        pending.delete(id);
        if (err) reject(err);
        else resolve(request.replies);
      },
    };
    request.timer = setTimeout(() => request.finish(new Error(`stats request ${id} timed out`)), 5000);
    pending.set(id, request);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.send({ type: 'stats', id });
  });
}

cluster.on('message', (_worker, message: { id: number; stats: unknown }) => {
  const request = pending.get(message.id);
  if (!request) return;
  request.replies.push(message.stats);
  if (--request.waiting === 0) request.finish();
});
