'use strict';
const { EventEmitter } = require('node:events');
const { WebSocketServer } = require('ws');

class LogTail extends EventEmitter {
  constructor(service) {
    super();
    this.service = service;
    this.timer = null;
  }

  start() {
    this.timer = setInterval(() => this.emit('line', `${new Date().toISOString()} ${this.service} ok`), 1000);
  }

  stop() {
    clearInterval(this.timer);
  }
}

// One tail per watcher; what it hands back stops it.
function followLogs(service, onLine) {
  const tail = new LogTail(service);
  tail.on('line', onLine);
  tail.start();
  return () => tail.stop();
}

const wss = new WebSocketServer({ port: 8095 });
wss.on('connection', (ws, req) => {
  const service = new URL(req.url, 'http://local').searchParams.get('service') || 'api';
  const stop = followLogs(service, (line) => ws.send(line));
  ws.once('close', stop);
});
