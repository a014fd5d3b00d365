// The same primary, listening once on the cluster and on each worker itself (a worker's own
// 'online' comes once, and its listeners go with it).
import cluster from 'node:cluster';
import os from 'node:os';

const latest = new Map<number, unknown>();

if (cluster.isPrimary) {
  for (let i = 0; i < os.availableParallelism(); i++) cluster.fork();
  cluster.on('message', (worker, message) => latest.set(worker.id, message));
  cluster.on('fork', (worker) => {
    worker.on('online', () => worker.send({ type: 'hello' }));
  });
  cluster.on('exit', (worker) => {
    latest.delete(worker.id);
    cluster.fork();
  });
}
