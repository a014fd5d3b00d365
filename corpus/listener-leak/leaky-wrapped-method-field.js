// A tracing plugin wraps a pool's `exec` method to forward worker messages as spans. The
// replacement runs on every call, and adds one more 'message' listener to the same worker.
const shimmer = require('shimmer');

function instrumentPool(WorkerPool, tracer) {
  shimmer.wrap(WorkerPool.prototype, 'exec', (exec) => function (task) {
    this.worker.on('message', (message) => { // expect: listener-leak
      tracer.record(task.id, message);
    });
    return exec.apply(this, arguments);
  });
}

module.exports = { instrumentPool };
