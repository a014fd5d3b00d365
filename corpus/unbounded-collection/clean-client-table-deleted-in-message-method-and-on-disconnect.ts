// The client is taken out when it asks to leave and when it disconnects, whichever comes.
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';

interface Player {
  socket: Socket;
  name: string;
  ready: boolean;
}

export class LobbyServer {
  private readonly io: Server;
  private readonly players: Record<string, Player> = {};

  constructor(httpServer: HttpServer) {
    this.io = new Server(httpServer);
    this.io.on('connection', (socket) => this.join(socket));
  }

  private join(socket: Socket): void {
    this.players[socket.id] = { socket, name: String(socket.handshake.auth.name), ready: false };
    socket.on('command', (cmd: { type: string }) => this.onCommand(socket, cmd));
    socket.on('disconnect', () => {
      delete this.players[socket.id];
    });
  }

  private onCommand(socket: Socket, cmd: { type: string }): void {
    const player = this.players[socket.id];
    if (!player) return;
    switch (cmd.type) {
      case 'ready':
        player.ready = true;
        break;
      case 'leave':
        delete this.players[socket.id];
        socket.disconnect(true);
        break;
      default:
        socket.emit('lobby:error', `unknown command ${cmd.type}`);
    }
  }
}
