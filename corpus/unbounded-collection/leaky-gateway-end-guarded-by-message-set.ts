import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Socket } from 'socket.io';

@WebSocketGateway()
export class CursorGateway {
  private readonly cursors = new Map<string, { x: number; y: number; socket: Socket }>(); // expect: unbounded-collection

  handleConnection(client: Socket): void {
    this.cursors.set(client.id, { x: 0, y: 0, socket: client });
  }

  @SubscribeMessage('join-board')
  joinBoard(@ConnectedSocket() client: Socket, @MessageBody() board: string): void {
    client.data.board = board;
  }

  handleDisconnect(client: Socket): void {
    if (!client.data.board) return;
    this.cursors.delete(client.id);
  }
}
