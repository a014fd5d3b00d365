// A job waiter: each wait keeps wrapped settlers in the entry. The wrappers clear the timeout,
// and they run only when a queue event has taken the entry out; the timeout removes the rest.
const { QueueEvents } = require('bullmq');

class JobWaiter {
  constructor(queueName, connection) {
    this.waiters = new Map();
    this.events = new QueueEvents(queueName, { connection });
    this.events.on('completed', ({ jobId, returnvalue }) => {
      const waiter = this.waiters.get(jobId);
      if (!waiter) return;
      this.waiters.delete(jobId);
      waiter.resolve(returnvalue);
    });
    this.events.on('failed', ({ jobId, failedReason }) => {
      const waiter = this.waiters.get(jobId);
      if (!waiter) return;
      this.waiters.delete(jobId);
      waiter.reject(new Error(failedReason));
    });
  }

  wait(jobId, timeoutMs = 60000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(jobId);
        reject(new Error(`job ${jobId} timed out`));
      }, timeoutMs);
      const settle = (fn) => (value) => {
        clearTimeout(timer);
        fn(value);
      };
      this.waiters.set(jobId, { resolve: settle(resolve), reject: settle(reject) });
    });
  }
}

module.exports = { JobWaiter };
