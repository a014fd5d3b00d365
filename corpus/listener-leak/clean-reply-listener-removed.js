// The same client removes each request's listener as soon as its reply comes.
const { EventEmitter } = require('events');

class Client {
  constructor(transport) {
    this.transport = transport;
    this.replies = new EventEmitter();
  }

  receive(msg) {
    this.replies.emit('reply', msg);
  }

  request(id, body) {
    return new Promise((resolve) => {
      const onReply = (msg) => {
        if (msg.id !== id) return;
        this.replies.off('reply', onReply);
        resolve(msg.body);
      };
      this.replies.on('reply', onReply);
      this.transport.write({ id, body });
    });
  }
}

module.exports = { Client };
