import { WebSocketGateway, type OnGatewayConnection, type OnGatewayDisconnect } from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import { SessionService } from './session.service';

@WebSocketGateway({ namespace: '/board' })
export class BoardGateway implements OnGatewayConnection, OnGatewayDisconnect {
  private readonly viewers = new Map<string, Socket>(); // expect: unbounded-collection

  constructor(private readonly sessions: SessionService) {}

  async handleConnection(client: Socket): Promise<void> {
    this.viewers.set(client.id, client);
    const session = await this.sessions.resolve(client.handshake.headers.cookie ?? '');
    client.data.boardId = session.boardId;
    client.join(`board:${session.boardId}`);
  }

  handleDisconnect(client: Socket): void {
    const boardId: string | undefined = client.data.boardId;
    if (!boardId) return;
    this.viewers.delete(client.id);
    client.to(`board:${boardId}`).emit('viewer:left', client.id);
  }
}
