'use strict';

const { WebSocketServer } = require('ws');

class IdleNotices {
  constructor(delayMs) {
    this.delayMs = delayMs;
    this.waiting = new Map(); // expect: unbounded-collection
  }

  arm(key, notify) {
    const previous = this.waiting.get(key);
    if (previous) clearTimeout(previous.timer);
    const timer = setTimeout(() => {
      this.waiting.delete(key);
      notify();
    }, this.delayMs);
    this.waiting.set(key, { timer, notify });
  }

  fire(key) {
    const entry = this.waiting.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.waiting.delete(key);
    entry.notify();
  }

  disarm(key) {
    const entry = this.waiting.get(key);
    if (entry) clearTimeout(entry.timer);
  }
}

const idle = new IdleNotices(5000);
const wss = new WebSocketServer({ port: 8090 });

wss.on('connection', (ws, req) => {
  const id = req.headers['sec-websocket-key'];
  ws.on('message', (raw) => {
    const msg = JSON.parse(String(raw));
    if (msg.type === 'draft') {
      idle.arm(`${id}:${msg.doc}`, () => ws.send(JSON.stringify({ type: 'idle', doc: msg.doc })));
    } else if (msg.type === 'save') {
      idle.fire(`${id}:${msg.doc}`);
    }
  });
  ws.on('close', () => {
    for (const doc of ['a', 'b']) idle.disarm(`${id}:${doc}`);
  });
});
