// A job waiter: each wait's entry goes on a queue event or when its timeout fires. The
// wrapper that clears the timeout is also handed to the publish callback, which on an error
// settles the caller and leaves the entry for good.
class JobWaiter {
  constructor(bus) {
    this.bus = bus;
    this.waiters = new Map(); // expect: unbounded-collection
    bus.on('completed', ({ jobId, result }) => { // expect: listener-leak
      const waiter = this.waiters.get(jobId);
      if (!waiter) return;
      this.waiters.delete(jobId);
      waiter.resolve(result);
    });
  }

  wait(jobId, timeoutMs = 60000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(jobId);
        reject(new Error(`job ${jobId} timed out`));
      }, timeoutMs);
      const fail = (error) => {
        clearTimeout(timer);
        reject(error);
      };
      this.waiters.set(jobId, { resolve });
      this.bus.publish('watch', jobId, (error) => {
        if (error) fail(error);
      });
    });
  }
}

module.exports = { JobWaiter };
