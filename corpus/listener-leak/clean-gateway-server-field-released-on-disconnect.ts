// The same adapter listener, kept per client and taken off in handleDisconnect; the server's
// own listener is added once, when the gateway starts.
import { OnGatewayConnection, OnGatewayDisconnect, OnGatewayInit, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';

@WebSocketGateway({ namespace: '/boards' })
export class BoardsGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  @WebSocketServer()
  private readonly io!: Server;
  private readonly openers = new Map<string, (room: string) => void>();

  afterInit(): void {
    this.io.on('close', () => this.openers.clear());
  }

  handleConnection(client: Socket): void {
    const opened = (room: string) => {
      if (room.startsWith('board:')) client.emit('board:opened', room.slice(6));
    };
    this.openers.set(client.id, opened);
    this.io.of('/boards').adapter.on('create-room', opened);
  }

  handleDisconnect(client: Socket): void {
    const opened = this.openers.get(client.id);
    if (opened) this.io.of('/boards').adapter.off('create-room', opened);
    this.openers.delete(client.id);
  }
}
