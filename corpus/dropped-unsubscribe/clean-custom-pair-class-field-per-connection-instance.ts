// The same class, but each connection makes its own hub: the handlers go with it.
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

const wss = new WebSocketServer({ port: 9100 });

wss.on('connection', (socket: WebSocket) => {
  const local = new ReadingHub();
  local.onReading((r) => socket.send(JSON.stringify(r)));
  socket.on('message', (raw) => local.publish(JSON.parse(String(raw))));
});
