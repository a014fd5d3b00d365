// One heartbeat per socket, keyed by the socket itself: a new key for every connection, and
// each one is cleared when its socket closes.
const { WebSocketServer } = require('ws');

class Heartbeats {
  constructor() {
    this.timers = new Map();
  }

  track(ws) {
    const timer = setInterval(() => ws.ping(), 30_000);
    this.timers.set(ws, timer);
    ws.on('close', () => this.untrack(ws));
  }

  untrack(ws) {
    clearInterval(this.timers.get(ws));
    this.timers.delete(ws);
  }
}

const heartbeats = new Heartbeats();
const wss = new WebSocketServer({ port: 8081 });
wss.on('connection', (ws) => heartbeats.track(ws));

module.exports = { heartbeats };
