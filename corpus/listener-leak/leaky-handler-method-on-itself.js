// An exported server-sent-events emitter whose request handler method registers on the
// emitter itself for every request and never removes the listener when the client leaves.
const { EventEmitter } = require('node:events');

class Broadcaster extends EventEmitter {
  constructor(initial = []) {
    super();
    this.initial = initial;
    this.init = this.init.bind(this);
  }

  init(req, res) {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    for (const data of this.initial) res.write(`data: ${JSON.stringify(data)}\n\n`);
    this.on('data', (data) => res.write(`data: ${JSON.stringify(data)}\n\n`)); // expect: listener-leak
  }

  send(data) {
    this.emit('data', data);
  }
}

module.exports = Broadcaster;
