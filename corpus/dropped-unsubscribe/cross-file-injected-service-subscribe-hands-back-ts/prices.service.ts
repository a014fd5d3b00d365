// A price feed shared by the whole app. `subscribe()` hands back the subscription to its
// Subject: whoever calls it must unsubscribe.
import { Injectable } from '@nestjs/common';
import { Subject, Subscription } from 'rxjs';

@Injectable()
export class PricesService {
  private readonly ticks = new Subject<{ symbol: string; price: number }>();

  subscribe(onTick: (tick: { symbol: string; price: number }) => void): Subscription {
    return this.ticks.subscribe(onTick);
  }

  push(symbol: string, price: number): void {
    this.ticks.next({ symbol, price });
  }
}
