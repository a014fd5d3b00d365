// A tracing plugin wraps a pool's `run` method to forward worker messages as spans. The
// replacement runs on every call, and adds one more 'message' listener to the same worker.
const shimmer = require('shimmer');

function instrumentPool(WorkerPool, tracer) {
  shimmer.wrap(WorkerPool.prototype, 'run', (run) => function (task) {
    this.worker.on('message', (message) => { // expect: listener-leak
      tracer.record(task.id, message);
    });
    return run.apply(this, arguments);
  });
}

module.exports = { instrumentPool };
