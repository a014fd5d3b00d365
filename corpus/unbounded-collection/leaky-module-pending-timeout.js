// A cluster master asks every worker for its stats and keeps the pending request in a
// module-level map until all replies are in. The timeout fails the request but leaves its
// entry: every request that times out (a worker that died) stays in the map for good.
const cluster = require('cluster');

let nextId = 0;
const pending = new Map(); // expect: unbounded-collection

function collectStats() {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const request = { replies: [], waiting: Object.keys(cluster.workers).length, resolve, reject };
    request.timer = setTimeout(() => reject(new Error(`stats request ${id} timed out`)), 5000);
    pending.set(id, request);
    for (const worker of Object.values(cluster.workers)) worker.send({ type: 'stats', id });
  });
}

cluster.on('message', (worker, message) => {
  const request = pending.get(message.id);
  if (!request) return;
  request.replies.push(message.stats);
  if (--request.waiting === 0) {
    clearTimeout(request.timer);
    pending.delete(message.id);
    request.resolve(request.replies);
  }
});

module.exports = { collectStats };
