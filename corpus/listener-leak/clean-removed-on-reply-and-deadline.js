// The same client: the deadline removes the reply handler too, so both ends of the wait release it.
const { EventEmitter } = require('node:events');

class JobClient {
  constructor(transport) {
    this.transport = transport;
    this.replies = new EventEmitter();
    transport.onMessage((msg) => this.replies.emit('status', msg));
  }

  status(workerId, waitMs = 2000) {
    return new Promise((resolve) => {
      const deadline = setTimeout(() => {
        this.replies.off('status', onStatus);
        resolve(null);
      }, waitMs);
      const onStatus = (msg) => {
        if (msg.workerId === workerId) {
          clearTimeout(deadline);
          this.replies.off('status', onStatus);
          resolve(msg);
        }
      };
      this.replies.on('status', onStatus);
      this.transport.send({ type: 'status?', workerId });
    });
  }
}

module.exports = { JobClient };
