import { Component, Injectable, OnDestroy, OnInit } from '@angular/core';
import { BehaviorSubject, Subject, type Observable } from 'rxjs';
import { takeUntil } from 'rxjs/operators';

@Injectable({ providedIn: 'root' })
export class CartService {
  private readonly count$ = new BehaviorSubject<number>(0);

  add(): void {
    this.count$.next(this.count$.value + 1);
  }

  count(): Observable<number> {
    return this.count$.asObservable();
  }
}

// Every badge that mounts subscribes to the app-wide cart until it is destroyed.
@Component({ selector: 'app-cart-badge', template: '<span>{{ count }}</span>' })
export class CartBadgeComponent implements OnInit, OnDestroy {
  count = 0;
  private readonly destroy$ = new Subject<void>();

  constructor(private readonly cart: CartService) {}

  ngOnInit(): void {
    this.cart.count().pipe(takeUntil(this.destroy$)).subscribe((n) => (this.count = n));
  }

  ngOnDestroy(): void {
    this.destroy$.next();
    this.destroy$.complete();
  }
}
