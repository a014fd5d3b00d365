'use strict';

const { WebSocketServer } = require('ws');

function startLobby(port) {
  const wss = new WebSocketServer({ port });
  const players = new Map();

  wss.on('connection', (ws, req) => {
    const id = req.headers['sec-websocket-key'];
    players.set(id, { ws, name: 'guest', joinedAt: Date.now() }); // expect: request-capture
    ws.on('message', (raw) => {
      players.get(id).name = String(raw).slice(0, 32);
    });
  });

  return { count: () => players.size, close: () => wss.close() };
}

module.exports = { startLobby };
