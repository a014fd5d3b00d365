// The injected bus gets the same bound handler back in dispose().
import { EventEmitter } from 'node:events';

type Order = { id: string };

export class Notifier {
  constructor(private readonly bus: EventEmitter) {
    this.onOrder = this.onOrder.bind(this);
    this.bus.on('order', this.onOrder);
  }

  private onOrder(order: Order): void {
    console.log(`order ${order.id}`);
  }

  dispose(): void {
    this.bus.off('order', this.onOrder);
  }
}
