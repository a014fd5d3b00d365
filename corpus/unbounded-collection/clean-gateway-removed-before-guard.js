import { WebSocketGateway } from '@nestjs/websockets';
import { SessionService } from './session.service';

@WebSocketGateway({ namespace: '/board' })
export class BoardGateway {
  viewers = new Map();

  constructor(sessions) {
    this.sessions = sessions;
  }

  async handleConnection(client) {
    this.viewers.set(client.id, client);
    const session = await this.sessions.resolve(client.handshake.headers.cookie ?? '');
    client.data.boardId = session.boardId;
    client.join(`board:${session.boardId}`);
  }

  handleDisconnect(client) {
    this.viewers.delete(client.id);
    const boardId = client.data.boardId;
    if (!boardId) return;
    client.to(`board:${boardId}`).emit('viewer:left', client.id);
  }
}
