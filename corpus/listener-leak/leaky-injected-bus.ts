// The bus is shared and outlives every Notifier; each instance registers and never leaves,
// so no Notifier can ever be collected.
import { EventEmitter } from 'node:events';

type Order = { id: string; email: string };

export class Notifier {
  private sent = 0;

  constructor(private readonly bus: EventEmitter) {
    this.bus.on('order', (order: Order) => this.send(order)); // expect: listener-leak
  }

  private send(order: Order): void {
    this.sent++;
    console.log(`mail for ${order.id} to ${order.email}`);
  }

  count(): number {
    return this.sent;
  }
}
