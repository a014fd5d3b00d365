// Subscriptions that end by themselves: `take(1)` on a BehaviorSubject completes inside the
// call, and `takeUntil(destroy$)` ends with the component. Nothing is left subscribed.
import { Component, OnDestroy, OnInit } from '@angular/core';
import express from 'express';
import { BehaviorSubject, Subject } from 'rxjs';
import { take, takeUntil } from 'rxjs/operators';

const flags$ = new BehaviorSubject<{ beta: boolean }>({ beta: false });
const prices$ = new Subject<number>();
const app = express();

app.get('/flags', (req, res) => {
  flags$.pipe(take(1)).subscribe((flags) => res.json(flags));
});

@Component({ selector: 'app-price', template: '{{ price }}' })
export class PriceComponent implements OnInit, OnDestroy {
  price = 0;
  private readonly destroy$ = new Subject<void>();

  ngOnInit(): void {
    prices$.pipe(takeUntil(this.destroy$)).subscribe((price) => (this.price = price));
  }

  ngOnDestroy(): void {
    this.destroy$.next();
    this.destroy$.complete();
  }
}

export default app;
