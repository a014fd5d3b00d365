import { WebSocketServer, type WebSocket } from 'ws';

interface Seat {
  socket: WebSocket;
  joinedAt: number;
}

class Lobby {
  private seats = new Map<string, Seat>();

  join(id: string, socket: WebSocket): void {
    this.seats.set(id, { socket, joinedAt: Date.now() });
    socket.on('error', () => this.leave(id));
    socket.on('close', () => this.leave(id));
  }

  leave(id: string): void {
    this.seats.delete(id);
  }

  broadcast(text: string): void {
    for (const { socket } of this.seats.values()) socket.send(text);
  }
}

const lobby = new Lobby();
const wss = new WebSocketServer({ port: 8090 });
let next = 0;

wss.on('connection', (socket) => {
  lobby.join(`seat-${++next}`, socket);
  socket.on('message', (data) => lobby.broadcast(data.toString()));
});
