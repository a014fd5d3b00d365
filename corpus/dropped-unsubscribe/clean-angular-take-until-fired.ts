// The same clock, whose ngOnDestroy fires `destroy$`, which ends the subscription.
import { Component, OnDestroy, OnInit } from '@angular/core';
import { Subject } from 'rxjs';
import { takeUntil } from 'rxjs/operators';
import { ClockService } from './clock.service';

@Component({ selector: 'app-clock', template: '{{ now }}' })
export class ClockComponent implements OnInit, OnDestroy {
  now = '';
  private readonly destroy$ = new Subject<void>();

  constructor(private readonly clock: ClockService) {}

  ngOnInit(): void {
    this.clock.ticks$.pipe(takeUntil(this.destroy$)).subscribe((t) => (this.now = t));
  }

  ngOnDestroy(): void {
    this.destroy$.next();
    this.destroy$.complete();
  }
}
