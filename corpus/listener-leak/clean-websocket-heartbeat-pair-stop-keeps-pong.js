'use strict';

const { WebSocketServer } = require('ws');

const timers = new Map();

function startBeat(ws) {
  let alive = true;
  ws.on('pong', () => {
    alive = true;
  });
  timers.set(ws, setInterval(() => {
    if (!alive) return ws.terminate();
    alive = false;
    ws.ping();
  }, 20000));
}

function stopBeat(ws) {
  clearInterval(timers.get(ws));
  timers.delete(ws);
}

const wss = new WebSocketServer({ port: 8094 });
wss.on('connection', (ws) => {
  startBeat(ws);
  ws.on('close', () => stopBeat(ws));
});

module.exports = { wss };
