// The cart badge subscribes to the store's selection in ngOnInit and never ends it: the
// store is a root singleton, so every badge ever shown stays subscribed, and alive.
import { Component, OnInit } from '@angular/core';
import { Store } from '@ngrx/store';
import { selectCartCount } from '../state/cart.selectors';

@Component({ selector: 'app-cart-badge', template: '<span class="badge">{{ count }}</span>' })
export class CartBadgeComponent implements OnInit {
  count = 0;

  constructor(private readonly store: Store) {}

  ngOnInit(): void {
    this.store.select(selectCartCount).subscribe((n) => (this.count = n)); // expect: dropped-unsubscribe
  }
}
