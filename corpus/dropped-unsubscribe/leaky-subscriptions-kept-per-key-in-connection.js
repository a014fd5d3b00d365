// Live prices over ws: a client subscribes and unsubscribes by id; the connection keeps
// the subscriptions in a map, and its 'close' only logs.
const { WebSocketServer } = require('ws');
const { Subject } = require('rxjs');

const prices$ = new Subject();
const wss = new WebSocketServer({ port: 8080 });

wss.on('connection', (ws) => {
  const subscriptions = new Map();
  ws.on('message', (raw) => {
    const msg = JSON.parse(raw);
    if (msg.type === 'subscribe') {
      const sub = prices$.subscribe((price) => ws.send(JSON.stringify({ id: msg.id, price }))); // expect: dropped-unsubscribe
      subscriptions.set(msg.id, sub);
    } else if (msg.type === 'unsubscribe') {
      const sub = subscriptions.get(msg.id);
      if (sub) sub.unsubscribe();
      subscriptions.delete(msg.id);
    }
  });
  ws.on('close', () => console.log('closed with %d subscriptions', subscriptions.size));
});

module.exports = { prices$ };
