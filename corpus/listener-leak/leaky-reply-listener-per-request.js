// A client waits for each reply on its own reply bus, but never takes the listener off once
// its reply came: the bus collects one listener per request made, each holding its resolve.
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
      this.replies.on('reply', (msg) => { // expect: listener-leak
        if (msg.id === id) resolve(msg.body);
      });
      this.transport.write({ id, body });
    });
  }
}

module.exports = { Client };
