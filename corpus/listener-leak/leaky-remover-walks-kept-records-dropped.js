'use strict';

const { EventEmitter } = require('node:events');
const { WebSocketServer } = require('ws');

const ticker = new EventEmitter();

function follow(emitter, names, send) {
  const records = [];
  names.forEach((name) => {
    const fn = (value) => send(JSON.stringify({ name, value }));
    emitter.on(name, fn);
    records.push({ name, fn });
  });
  return () => records.forEach(({ name, fn }) => emitter.removeListener(name, fn));
}

const wss = new WebSocketServer({ port: 8090 });
wss.on('connection', (ws) => {
  follow(ticker, ['price', 'volume'], (data) => ws.send(data)); // expect: listener-leak
  ws.on('close', () => console.debug('viewer left'));
});

module.exports = { ticker };
