// Each socket's keep-alive interval is the value of its entry in a table of the server; the
// 'close' listener deletes the entry and forgets the only handle: the interval runs on for
// good, holding the closed socket.
'use strict';

const { WebSocketServer } = require('ws');

class PresenceServer {
  constructor(server) {
    this.pingers = new Map();
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (ws) => this.track(ws)); // expect: uncleared-interval
  }

  track(ws) {
    const pinger = setInterval(() => {
      if (ws.readyState === ws.OPEN) ws.ping();
    }, 20000);
    this.pingers.set(ws, pinger);
    ws.on('close', () => {
      this.pingers.delete(ws);
    });
  }

  online() {
    return this.pingers.size;
  }
}

module.exports = { PresenceServer };
