// A badge class of this file subscribes to the store it is made with and drops the handle;
// every navigation makes a new badge over the page's one store.
import { createStore } from 'redux';
import { EventEmitter } from 'node:events';

interface CartState { items: string[] }

class CartBadge {
  constructor(private readonly store: ReturnType<typeof createStore<CartState>>) {}

  attach(el: HTMLElement): void {
    this.store.subscribe(() => {
      el.textContent = String(this.store.getState().items.length);
    });
  }
}

const cart = createStore((state: CartState = { items: [] }) => state);
export const router = new EventEmitter();

router.on('navigate', (page: HTMLElement) => {
  new CartBadge(cart).attach(page.querySelector('.cart-badge') as HTMLElement); // expect: dropped-unsubscribe
});
