// A component's setup helper keeps one store's unsubscribe for `onDestroy` but drops the
// other's: every mount leaves a subscription on the module-level `cart`, holding its element.
import { onDestroy } from 'svelte';
import { writable } from 'svelte/store';

export const cart = writable<{ price: number; qty: number }[]>([]);
export const currency = writable('EUR');

export function setupTotal(el: HTMLElement): void {
  let total = 0;
  let code = 'EUR';
  const render = () => {
    el.textContent = new Intl.NumberFormat(undefined, { style: 'currency', currency: code }).format(total);
  };
  cart.subscribe((lines) => { // expect: dropped-unsubscribe
    total = lines.reduce((sum, line) => sum + line.price * line.qty, 0);
    render();
  });
  const stopCurrency = currency.subscribe((value) => {
    code = value;
    render();
  });
  onDestroy(stopCurrency);
}
