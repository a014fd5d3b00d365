// The same gateway keeps each client's subscription and ends it when the client leaves.
import { OnGatewayConnection, OnGatewayDisconnect, WebSocketGateway } from '@nestjs/websockets';
import { Injectable } from '@nestjs/common';
import { Subject, Subscription } from 'rxjs';
import type { Socket } from 'socket.io';

@Injectable()
export class PricesFeed {
  readonly ticks = new Subject<{ symbol: string; price: number }>();
}

@WebSocketGateway()
export class PricesGateway implements OnGatewayConnection, OnGatewayDisconnect {
  private readonly subscriptions = new Map<string, Subscription>();

  constructor(private readonly feed: PricesFeed) {}

  handleConnection(client: Socket) {
    this.subscriptions.set(client.id, this.feed.ticks.subscribe((tick) => client.emit('tick', tick)));
  }

  handleDisconnect(client: Socket) {
    this.subscriptions.get(client.id)?.unsubscribe();
    this.subscriptions.delete(client.id);
  }
}
