import { publish } from './bus';

export class OrderController {
  place(orderId: string, total: number): void {
    publish('order.placed', { orderId, total }); // expect: listener-leak
  }
}

const controller = new OrderController();
process.on('message', (message: { orderId: string; total: number }) => controller.place(message.orderId, message.total));
