// A server-sent events hub: one per process, exported for the shutdown code, which calls
// close(). A client that goes away stops its keep-alive but keeps its session.
const { randomUUID } = require('crypto');
const express = require('express');

class StreamHub {
  constructor() {
    this.streams = new Map(); // expect: unbounded-collection
  }

  open(req, res) {
    const id = randomUUID();
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const ping = setInterval(() => res.write(': ping\n\n'), 15000);
    this.streams.set(id, { res, ping });
    res.on('close', () => clearInterval(ping));
  }

  broadcast(event, data) {
    for (const { res } of this.streams.values()) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  close() {
    for (const { res, ping } of this.streams.values()) {
      clearInterval(ping);
      res.end();
    }
    this.streams.clear();
  }
}

const hub = new StreamHub();
const app = express();
app.get('/stream', (req, res) => hub.open(req, res));

module.exports = { app, hub };
