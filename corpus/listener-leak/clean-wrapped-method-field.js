// The same wrapper removes its listener when the call settles; a wrapped `start` (once per
// instance) may register without one.
const shimmer = require('shimmer');

function instrumentPool(WorkerPool, tracer) {
  shimmer.wrap(WorkerPool.prototype, 'exec', (exec) => function (task) {
    const onMessage = (message) => tracer.record(task.id, message);
    this.worker.on('message', onMessage);
    return exec.apply(this, arguments).finally(() => {
      this.worker.off('message', onMessage);
    });
  });
  shimmer.wrap(WorkerPool.prototype, 'start', (start) => function () {
    this.worker.on('exit', (code) => tracer.record('pool', { exit: code }));
    return start.apply(this, arguments);
  });
}

module.exports = { instrumentPool };
