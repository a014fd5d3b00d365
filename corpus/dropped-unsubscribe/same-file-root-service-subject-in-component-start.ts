import { Component, Injectable, OnInit } from '@angular/core';
import { BehaviorSubject, type Observable } from 'rxjs';

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

// Every badge that mounts subscribes to the app-wide cart and never lets go.
@Component({ selector: 'app-cart-badge', template: '<span>{{ count }}</span>' })
export class CartBadgeComponent implements OnInit {
  count = 0;

  constructor(private readonly cart: CartService) {}

  ngOnInit(): void {
    this.cart.count().subscribe((n) => (this.count = n)); // expect: dropped-unsubscribe
  }
}
