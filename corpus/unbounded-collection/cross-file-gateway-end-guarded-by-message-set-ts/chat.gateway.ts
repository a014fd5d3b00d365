import { ConnectedSocket, MessageBody, OnGatewayConnection, OnGatewayDisconnect, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import { rooms } from './rooms';

@WebSocketGateway({ namespace: '/chat' })
export class ChatGateway implements OnGatewayConnection, OnGatewayDisconnect {
  handleConnection(client: Socket): void {
    rooms.join(client.id, (event, payload) => client.emit(event, payload)); // expect: unbounded-collection
  }

  @SubscribeMessage('hello')
  hello(@ConnectedSocket() client: Socket, @MessageBody() name: string): void {
    client.data.nick = String(name).slice(0, 32);
  }

  handleDisconnect(client: Socket): void {
    if (!client.data.nick) return;
    rooms.leave(client.id);
    rooms.broadcast('left', client.data.nick);
  }
}
