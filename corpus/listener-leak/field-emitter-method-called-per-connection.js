// A chat room object made once for the process. Its constructor hands each connection to
// `join()`, which adds a listener to the room's own emitter and never takes it off: every
// client that ever connected stays reachable through `this.events`.
const { EventEmitter } = require('events');
const net = require('net');

class ChatRoom {
  constructor(port) {
    this.events = new EventEmitter();
    this.server = net.createServer((socket) => this.join(socket)); // expect: listener-leak
    this.server.listen(port);
  }

  join(socket) {
    const relay = (line) => socket.write(line);
    this.events.on('line', relay);
    socket.on('data', (chunk) => this.events.emit('line', chunk.toString()));
  }
}

module.exports = new ChatRoom(4000);
