// Each connection gets its own session, started once right after it is made and stopped on
// close: `start()` never runs twice on one session, so nothing it stores replaces a live one.
import { WebSocketServer, WebSocket } from 'ws';

class Session {
  private heartbeat?: NodeJS.Timeout;
  private alive = true;

  constructor(private readonly socket: WebSocket) {}

  start(): void {
    this.socket.on('pong', () => {
      this.alive = true;
    });
    this.heartbeat = setInterval(() => {
      if (!this.alive) return this.socket.terminate();
      this.alive = false;
      this.socket.ping();
    }, 30_000);
  }

  stop(): void {
    clearInterval(this.heartbeat);
  }
}

const server = new WebSocketServer({ port: 8093 });
server.on('connection', (socket) => {
  const session = new Session(socket);
  session.start();
  socket.on('close', () => session.stop());
});
