// Each connection streams trades by iterating the feed's events with no way out: when the
// socket closes, the iterator keeps waiting, and its listener (with the socket) stays on the feed.
import { EventEmitter, on } from 'node:events';
import { WebSocketServer } from 'ws';

const trades = new EventEmitter();
const wss = new WebSocketServer({ port: 9000 });

wss.on('connection', async (ws) => {
  for await (const [trade] of on(trades, 'trade')) { // expect: listener-leak
    ws.send(JSON.stringify(trade));
  }
});

setInterval(() => trades.emit('trade', { price: Math.random() }), 1000).unref();
