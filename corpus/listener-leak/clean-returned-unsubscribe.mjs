// The helper hands back a function that removes exactly what it added.
import bus from './bus.mjs';

export function watchOrders(onOrder) {
  const listener = (order) => onOrder(order);
  bus.on('order', listener);
  return () => bus.off('order', listener);
}
