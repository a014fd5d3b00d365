// The same socket server, which also takes every handler back out when the socket closes.
const { WebSocketServer } = require('ws');
const { hub } = require('./quotes');

const wss = new WebSocketServer({ port: 8081 });

wss.on('connection', (ws) => {
  const mine = new Map();
  ws.on('message', (raw) => {
    const { op, symbol } = JSON.parse(String(raw));
    if (op === 'watch' && !mine.has(symbol)) {
      const forward = (q) => ws.send(JSON.stringify(q));
      mine.set(symbol, forward);
      hub.watch(symbol, forward);
    } else if (op === 'unwatch' && mine.has(symbol)) {
      hub.unwatch(symbol, mine.get(symbol));
      mine.delete(symbol);
    }
  });
  ws.on('close', () => {
    for (const [symbol, forward] of mine) hub.unwatch(symbol, forward);
    mine.clear();
  });
});
