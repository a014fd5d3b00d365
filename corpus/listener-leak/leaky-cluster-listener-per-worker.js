// The cluster module fires 'online' once for every worker, forked again after each crash:
// a listener added to `cluster` there is one more per worker, for the life of the primary.
const cluster = require('node:cluster');
const os = require('node:os');

const latest = new Map();

if (cluster.isPrimary) {
  for (let i = 0; i < os.availableParallelism(); i++) cluster.fork();
  cluster.on('online', (worker) => {
    cluster.on('message', (from, message) => { // expect: listener-leak
      if (from === worker) latest.set(worker.id, message);
    });
  });
  cluster.on('exit', (worker) => {
    latest.delete(worker.id);
    cluster.fork();
  });
}
