// The keep-alive interval is the entry's value; the 'close' listener clears what the table
// holds for the socket, then deletes the entry.
'use strict';

const { WebSocketServer } = require('ws');

class PresenceServer {
  constructor(server) {
    this.pingers = new Map();
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (ws) => this.track(ws));
  }

  track(ws) {
    const pinger = setInterval(() => {
      if (ws.readyState === ws.OPEN) ws.ping();
    }, 20000);
    this.pingers.set(ws, pinger);
    ws.on('close', () => {
      clearInterval(this.pingers.get(ws));
      this.pingers.delete(ws);
    });
  }
}

module.exports = { PresenceServer };
