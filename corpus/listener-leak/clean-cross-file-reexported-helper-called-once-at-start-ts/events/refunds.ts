// The module's refund emitter, and a helper that listens on it.
import { EventEmitter } from 'node:events';

const refunds = new EventEmitter();

export function onRefund(handler: (orderId: string) => void): void {
  refunds.on('refund', handler);
}

export function emitRefund(orderId: string): void {
  refunds.emit('refund', orderId);
}
