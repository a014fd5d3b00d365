// A gateway for one client: its 'watch' message subscribes to the module's order stream and
// stores the subscription in a field over the one the last 'watch' stored, never ended.
import { Subject, Subscription } from 'rxjs';
import { filter } from 'rxjs/operators';
import type { WebSocket } from 'ws';

interface OrderEvent { account: string; status: string }

const orders$ = new Subject<OrderEvent>();

export function recordOrder(event: OrderEvent): void {
  orders$.next(event);
}

export class ClientSession {
  private watching: Subscription | null = null;

  constructor(private readonly ws: WebSocket) {
    ws.on('message', (raw) => this.onMessage(JSON.parse(String(raw)))); // expect: dropped-unsubscribe
    ws.on('close', () => this.watching?.unsubscribe());
  }

  private onMessage(message: { type: string; account: string }): void {
    if (message.type !== 'watch') return;
    this.watching = orders$.pipe(filter((e) => e.account === message.account)).subscribe((e) => this.ws.send(JSON.stringify(e)));
  }
}
