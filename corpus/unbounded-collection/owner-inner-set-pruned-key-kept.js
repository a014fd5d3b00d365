'use strict';
const { WebSocketServer } = require('ws');

class FeedServer {
  constructor(server) {
    this.watchers = new Map(); // expect: unbounded-collection
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (ws) => this.accept(ws));
  }

  accept(ws) {
    const mine = new Set();
    ws.on('message', (raw) => {
      const { op, feed } = JSON.parse(raw);
      if (op === 'watch') {
        this.watch(feed, ws);
        mine.add(feed);
      } else if (op === 'unwatch') {
        this.unwatch(feed, ws);
        mine.delete(feed);
      }
    });
    ws.on('close', () => {
      for (const feed of mine) this.unwatch(feed, ws);
    });
  }

  watch(feed, ws) {
    let sockets = this.watchers.get(feed);
    if (!sockets) {
      sockets = new Set();
      this.watchers.set(feed, sockets);
    }
    sockets.add(ws);
  }

  unwatch(feed, ws) {
    const sockets = this.watchers.get(feed);
    if (sockets) sockets.delete(ws);
  }

  close() {
    this.watchers.clear();
    this.wss.close();
  }
}

module.exports = { FeedServer };
