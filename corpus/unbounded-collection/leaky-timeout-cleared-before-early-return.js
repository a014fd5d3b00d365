// The reply handler clears the call's timeout first, then returns early for an error reply
// before it reaches the delete: each failed call's entry stays, with its promise functions.
const { randomUUID } = require('node:crypto');

class JobClient {
  constructor(channel) {
    this.channel = channel;
    this.waiting = {}; // expect: unbounded-collection
  }

  onReply(message) {
    const entry = this.waiting[message.correlationId];
    if (!entry) return;
    clearTimeout(entry.timer);
    if (message.error) {
      entry.reject(new Error(message.error));
      return;
    }
    delete this.waiting[message.correlationId];
    entry.resolve(message.result);
  }

  submit(job) {
    const correlationId = randomUUID();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        delete this.waiting[correlationId];
        reject(new Error('job timed out'));
      }, 30_000);
      this.waiting[correlationId] = { resolve, reject, timer };
      this.channel.send({ correlationId, job });
    });
  }
}

module.exports = { JobClient };
