// The emitter field is declared without a value and made in the constructor: still the
// instance's own emitter, kept by the module's one instance.
import http from 'node:http';
import { EventEmitter } from 'node:events';

class OrderEvents {
  private events: EventEmitter;

  constructor() {
    this.events = new EventEmitter();
  }

  placed(order: { id: string }): void {
    this.events.emit('order', order);
  }

  onOrder(fn: (order: { id: string }) => void): void {
    this.events.on('order', fn);
  }
}

const orders = new OrderEvents();

http.createServer((req, res) => {
  orders.onOrder((order) => res.write(`${order.id}\n`)); // expect: listener-leak
}).listen(8021);
