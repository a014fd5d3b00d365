// The same session is started again on every 'resume' message: the second start stores a new
// heartbeat over the one running, which `stop()` can no longer reach.
import { WebSocketServer, WebSocket } from 'ws';

class Session {
  private heartbeat?: NodeJS.Timeout;

  constructor(private readonly socket: WebSocket) {}

  start(): void {
    this.heartbeat = setInterval(() => this.socket.ping(), 30_000); // expect: uncleared-interval
  }

  stop(): void {
    clearInterval(this.heartbeat);
  }
}

const server = new WebSocketServer({ port: 8094 });
server.on('connection', (socket) => {
  const session = new Session(socket);
  session.start();
  socket.on('message', (data) => {
    if (String(data) === 'resume') session.start();
  });
  socket.on('close', () => session.stop());
});
