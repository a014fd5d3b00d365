// Each client that starts typing is added, but the gateway never calls `stop()`: not on the
// next message, not when the client disconnects. One entry per client ever connected.
import { ConnectedSocket, MessageBody, OnGatewayDisconnect, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import { TypingService } from './typing.service';

@WebSocketGateway({ namespace: '/chat' })
export class ChatGateway implements OnGatewayDisconnect {
  constructor(private readonly typing: TypingService) {}

  @SubscribeMessage('typing')
  onTyping(@ConnectedSocket() client: Socket, @MessageBody() room: string): void {
    this.typing.start(client.id, room); // expect: unbounded-collection
    client.to(room).emit('typing', this.typing.inRoom(room));
  }

  handleDisconnect(client: Socket): void {
    client.rooms.clear();
  }
}
