import { Component, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { selectCartCount } from '../state/cart.selectors';

@Component({ selector: 'app-cart-badge', standalone: true, template: '<span>{{ count }}</span>' })
export class CartBadgeComponent {
  private readonly store = inject(Store);
  count = 0;

  constructor() {
    this.store.select(selectCartCount).subscribe((count) => { // expect: dropped-unsubscribe
      this.count = count;
    });
  }
}
