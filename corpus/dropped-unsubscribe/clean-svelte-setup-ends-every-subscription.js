// Both unsubscribes go to `onDestroy`, so an unmounted component leaves nothing on the stores.
import { onDestroy } from 'svelte';
import { writable } from 'svelte/store';

export const cart = writable([]);
export const currency = writable('EUR');

export function setupTotal(el) {
  let total = 0;
  let code = 'EUR';
  const render = () => {
    el.textContent = `${total.toFixed(2)} ${code}`;
  };
  const stopCart = cart.subscribe((lines) => {
    total = lines.reduce((sum, line) => sum + line.price * line.qty, 0);
    render();
  });
  const stopCurrency = currency.subscribe((value) => {
    code = value;
    render();
  });
  onDestroy(() => {
    stopCart();
    stopCurrency();
  });
}
