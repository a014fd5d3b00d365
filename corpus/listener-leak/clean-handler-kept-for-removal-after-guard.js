'use strict';

const { EventEmitter } = require('node:events');
const { WebSocketServer } = require('ws');

const scores = new EventEmitter();
const listeners = new Map();
const wss = new WebSocketServer({ port: 8093 });

wss.on('connection', (ws, req) => {
  if (!req.headers['x-match-id']) {
    ws.close(1008, 'match id required');
    return;
  }
  const onScore = (score) => ws.send(JSON.stringify(score));
  scores.on('score', onScore);
  listeners.set(ws, onScore);
});

function forget(ws) {
  const onScore = listeners.get(ws);
  if (onScore) scores.off('score', onScore);
  listeners.delete(ws);
}

wss.on('connection', (ws) => ws.on('close', () => forget(ws)));

module.exports = { scores };
