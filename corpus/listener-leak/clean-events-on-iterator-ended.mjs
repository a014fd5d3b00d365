// The same stream, ended with the connection: a signal aborted on 'close' closes the iterator,
// and a second loop leaves once the socket is gone.
import { EventEmitter, on } from 'node:events';
import { WebSocketServer } from 'ws';

const trades = new EventEmitter();
const wss = new WebSocketServer({ port: 9000 });

wss.on('connection', async (ws) => {
  const closed = new AbortController();
  ws.on('close', () => closed.abort());
  try {
    for await (const [trade] of on(trades, 'trade', { signal: closed.signal })) {
      ws.send(JSON.stringify(trade));
    }
  } catch {
    // aborted when the socket closed
  }
});

wss.on('connection', async (ws) => {
  for await (const [trade] of on(trades, 'trade')) {
    if (ws.readyState !== ws.OPEN) break;
    ws.send(JSON.stringify(trade));
  }
});

setInterval(() => trades.emit('trade', { price: Math.random() }), 1000).unref();
