import { ConnectedSocket, OnGatewayConnection, OnGatewayDisconnect, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import { TypingService } from './typing.service';

// Typing stops when the client says so, and when it goes away.
@WebSocketGateway({ namespace: '/chat' })
export class ChatGateway implements OnGatewayConnection, OnGatewayDisconnect {
  constructor(private readonly typing: TypingService) {}

  handleConnection(client: Socket): void {
    this.typing.start(client.id, () => client.broadcast.emit('typing', client.id));
  }

  @SubscribeMessage('typing:stop')
  stopTyping(@ConnectedSocket() client: Socket): void {
    this.typing.stop(client.id);
  }

  handleDisconnect(client: Socket): void {
    this.typing.stop(client.id);
  }
}
