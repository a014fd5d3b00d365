// The reply handler switches on the frame's type: 'done' removes the call, 'failed' rejects it
// and forgets to: every failed call keeps its entry, with the caller's promise functions.
const net = require('node:net');

class RenderClient {
  constructor(port) {
    this.calls = new Map(); // expect: unbounded-collection
    this.nextId = 1;
    this.socket = net.connect(port);
    this.socket.setEncoding('utf8');
    this.socket.on('data', (line) => this.onFrame(JSON.parse(line)));
  }

  render(template, data) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.calls.set(id, { resolve, reject });
      this.socket.write(`${JSON.stringify({ id, template, data })}\n`);
    });
  }

  onFrame(frame) {
    const call = this.calls.get(frame.id);
    if (!call) return;
    switch (frame.type) {
      case 'done':
        this.calls.delete(frame.id);
        call.resolve(frame.html);
        break;
      case 'failed':
        call.reject(new Error(frame.reason));
        break;
      default:
        break;
    }
  }
}

module.exports = { RenderClient };
