import { ConnectedSocket, OnGatewayConnection, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import { TypingService } from './typing.service';

// Typing stops only when the client says so; a client that just goes away keeps its entry.
@WebSocketGateway({ namespace: '/chat' })
export class ChatGateway implements OnGatewayConnection {
  constructor(private readonly typing: TypingService) {}

  handleConnection(client: Socket): void {
    this.typing.start(client.id, () => client.broadcast.emit('typing', client.id)); // expect: unbounded-collection
  }

  @SubscribeMessage('typing:stop')
  stopTyping(@ConnectedSocket() client: Socket): void {
    this.typing.stop(client.id);
  }
}
