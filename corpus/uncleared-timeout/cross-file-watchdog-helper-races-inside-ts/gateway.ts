// Each message asks the pricing service under a thirty-second limit; the answers come quickly,
// and every message leaves a pending timer holding the socket's closure behind.
import { WebSocketServer, WebSocket } from 'ws';
import { within, TooSlow } from './within';
import { quote } from './pricing';

const wss = new WebSocketServer({ port: 8090 });

wss.on('connection', (socket: WebSocket) => {
  socket.on('message', async (raw) => {
    const { symbol } = JSON.parse(String(raw));
    try {
      const price = await within(quote(symbol), 30_000); // expect: uncleared-timeout
      socket.send(JSON.stringify({ symbol, price }));
    } catch (err) {
      socket.send(JSON.stringify({ symbol, error: err instanceof TooSlow ? 'timeout' : 'failed' }));
    }
  });
});
