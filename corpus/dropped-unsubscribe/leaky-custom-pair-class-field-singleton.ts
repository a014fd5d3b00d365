// A class keeps its handlers in an array field and hands back a remover that filters the
// array; the module keeps one instance, and a websocket handler subscribes per connection.
import { WebSocketServer, WebSocket } from 'ws';

type Reading = { sensor: string; value: number };

class ReadingHub {
  private handlers: Array<(r: Reading) => void> = [];

  onReading(handler: (r: Reading) => void): () => void {
    this.handlers.push(handler);
    return () => {
      this.handlers = this.handlers.filter((h) => h !== handler);
    };
  }

  publish(r: Reading): void {
    this.handlers.forEach((h) => h(r));
  }
}

const hub = new ReadingHub();
const wss = new WebSocketServer({ port: 9100 });

wss.on('connection', (socket: WebSocket) => {
  hub.onReading((r) => socket.send(JSON.stringify(r))); // expect: dropped-unsubscribe
});

export { hub };
