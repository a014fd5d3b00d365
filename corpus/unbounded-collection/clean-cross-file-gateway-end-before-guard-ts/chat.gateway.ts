import { ConnectedSocket, MessageBody, OnGatewayConnection, OnGatewayDisconnect, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import { rooms } from './rooms';

@WebSocketGateway({ namespace: '/chat' })
export class ChatGateway implements OnGatewayConnection, OnGatewayDisconnect {
  handleConnection(client: Socket): void {
    rooms.join(client.id, (event, payload) => client.emit(event, payload));
  }

  @SubscribeMessage('hello')
  hello(@ConnectedSocket() client: Socket, @MessageBody() name: string): void {
    client.data.nick = String(name).slice(0, 32);
  }

  handleDisconnect(client: Socket): void {
    rooms.leave(client.id);
    if (!client.data.nick) return;
    rooms.broadcast('left', client.data.nick);
  }
}
