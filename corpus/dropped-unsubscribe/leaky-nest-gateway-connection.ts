// A gateway subscribes every new client to a service's long-lived stream and keeps nothing
// to end it: each connection leaves one subscription (and its client) behind.
import { OnGatewayConnection, WebSocketGateway } from '@nestjs/websockets';
import { Injectable } from '@nestjs/common';
import { Subject } from 'rxjs';
import type { Socket } from 'socket.io';

@Injectable()
export class PricesFeed {
  readonly ticks = new Subject<{ symbol: string; price: number }>();
}

@WebSocketGateway()
export class PricesGateway implements OnGatewayConnection {
  constructor(private readonly feed: PricesFeed) {}

  handleConnection(client: Socket) {
    this.feed.ticks.subscribe((tick) => client.emit('tick', tick)); // expect: dropped-unsubscribe
  }
}
