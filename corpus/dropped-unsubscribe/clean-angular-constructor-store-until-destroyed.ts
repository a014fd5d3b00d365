import { Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Store } from '@ngrx/store';
import { selectCartCount } from '../state/cart.selectors';

@Component({ selector: 'app-cart-badge', standalone: true, template: '<span>{{ count }}</span>' })
export class CartBadgeComponent {
  private readonly store = inject(Store);
  count = 0;

  constructor() {
    this.store.select(selectCartCount).pipe(takeUntilDestroyed()).subscribe((count) => {
      this.count = count;
    });
  }
}
