'use strict';
const { WebSocketServer } = require('ws');
const { randomUUID } = require('crypto');

const wss = new WebSocketServer({ port: 8097 });
const peers = new Map();

wss.on('connection', (ws, req) => {
  const room = new URL(req.url || '/', 'http://localhost').searchParams.get('room') || 'lobby';
  const peerId = randomUUID();
  const slot = `${room}:${peerId}`;
  peers.set(slot, { ws, room });
  ws.on('close', () => {
    peers.delete(slot);
  });
});

module.exports = { peers };
