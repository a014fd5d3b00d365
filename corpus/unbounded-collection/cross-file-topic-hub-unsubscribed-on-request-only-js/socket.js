// A browser that closes its tab never sends 'unwatch': its handlers, and its socket, stay in
// the hub for good.
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
      hub.watch(symbol, forward); // expect: unbounded-collection
    } else if (op === 'unwatch' && mine.has(symbol)) {
      hub.unwatch(symbol, mine.get(symbol));
      mine.delete(symbol);
    }
  });
});
