// A job client asks workers for their status over a shared bus and waits for the matching reply
// or a deadline. The reply handler removes itself, but the deadline resolves without removing
// it: every status check that times out leaves a handler (and its promise) on the bus for good.
const { EventEmitter } = require('node:events');

class JobClient {
  constructor(transport) {
    this.transport = transport;
    this.replies = new EventEmitter();
    transport.onMessage((msg) => this.replies.emit('status', msg));
  }

  status(workerId, waitMs = 2000) {
    return new Promise((resolve) => {
      const deadline = setTimeout(() => resolve(null), waitMs);
      const onStatus = (msg) => {
        if (msg.workerId === workerId) {
          clearTimeout(deadline);
          this.replies.off('status', onStatus);
          resolve(msg);
        }
      };
      this.replies.on('status', onStatus); // expect: listener-leak
      this.transport.send({ type: 'status?', workerId });
    });
  }
}

module.exports = { JobClient };
