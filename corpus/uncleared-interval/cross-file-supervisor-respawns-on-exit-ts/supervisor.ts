import cluster, { Worker } from 'node:cluster';

const PING_MS = 10_000;

function supervise(worker: Worker): void {
  const ping = setInterval(() => worker.send({ type: 'ping', at: Date.now() }), PING_MS);
  worker.on('error', () => clearInterval(ping));
}

function spawn(): Worker {
  const worker = cluster.fork();
  supervise(worker);
  return worker;
}

export function startSupervisor(count: number): void {
  for (let i = 0; i < count; i++) spawn();
  cluster.on('exit', () => {
    setTimeout(spawn, 500); // expect: uncleared-interval
  });
}
