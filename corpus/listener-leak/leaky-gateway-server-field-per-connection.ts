// The gateway's @WebSocketServer() field is the one socket.io server. handleConnection runs
// for every client, and each run leaves a closure over its client on the namespace's adapter.
import { OnGatewayConnection, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';

@WebSocketGateway({ namespace: '/boards' })
export class BoardsGateway implements OnGatewayConnection {
  @WebSocketServer()
  private readonly io!: Server;

  handleConnection(client: Socket): void {
    const { adapter } = this.io.of('/boards');
    const namespaceAdapter = this.io.of('/boards').adapter;
    namespaceAdapter.on('create-room', (room: string) => { // expect: listener-leak
      if (room.startsWith('board:')) client.emit('board:opened', room.slice(6));
    });
    this.io.on('close', () => client.disconnect(true)); // expect: listener-leak
    void adapter;
  }
}
