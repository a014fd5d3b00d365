// The badge ends its store subscription when it is destroyed.
import { Component, OnDestroy, OnInit } from '@angular/core';
import { Store } from '@ngrx/store';
import { Subject, takeUntil } from 'rxjs';
import { selectCartCount } from '../state/cart.selectors';

@Component({ selector: 'app-cart-badge', template: '<span class="badge">{{ count }}</span>' })
export class CartBadgeComponent implements OnInit, OnDestroy {
  count = 0;
  private readonly destroyed$ = new Subject<void>();

  constructor(private readonly store: Store) {}

  ngOnInit(): void {
    this.store.select(selectCartCount).pipe(takeUntil(this.destroyed$)).subscribe((n) => (this.count = n));
  }

  ngOnDestroy(): void {
    this.destroyed$.next();
    this.destroyed$.complete();
  }
}
