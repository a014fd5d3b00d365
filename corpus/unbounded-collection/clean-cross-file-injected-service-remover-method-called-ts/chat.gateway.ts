// The same gateway takes each client out again when it disconnects.
import { ConnectedSocket, MessageBody, OnGatewayDisconnect, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import { TypingService } from './typing.service';

@WebSocketGateway({ namespace: '/chat' })
export class ChatGateway implements OnGatewayDisconnect {
  constructor(private readonly typing: TypingService) {}

  @SubscribeMessage('typing')
  onTyping(@ConnectedSocket() client: Socket, @MessageBody() room: string): void {
    this.typing.start(client.id, room);
    client.to(room).emit('typing', this.typing.inRoom(room));
  }

  handleDisconnect(client: Socket): void {
    this.typing.stop(client.id);
  }
}
