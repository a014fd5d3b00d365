// An exported helper subscribes to the process-wide bus and gives the caller no way out.
// Nothing in this file says how often it is called, so the finding is a note.
import bus from './bus.mjs';

export function watchOrders(onOrder) {
  bus.on('order', (order) => onOrder(order)); // expect: listener-leak
}
