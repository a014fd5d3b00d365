// Each connection gets its own emitter, and the relay listening on it is made over that one:
// the listener goes with the connection's objects, not with the server.
const { EventEmitter } = require('node:events');
const { WebSocketServer } = require('ws');

class Relay {
  constructor(hub) {
    this.hub = hub;
  }

  forward(topic, socket) {
    this.hub.on(topic, (payload) => socket.send(payload));
  }
}

const wss = new WebSocketServer({ port: 8083 });

wss.on('connection', (socket) => {
  const inbox = new EventEmitter();
  const relay = new Relay(inbox);
  relay.forward('news', socket);
  socket.on('message', (raw) => inbox.emit('news', String(raw)));
});
