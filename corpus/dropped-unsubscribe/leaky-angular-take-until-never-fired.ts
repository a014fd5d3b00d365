// The clock ends its subscription with `takeUntil(this.destroy$)`, but nothing ever emits on
// `destroy$`: every clock ever shown stays subscribed to the service's ticks.
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
    this.clock.ticks$.pipe(takeUntil(this.destroy$)).subscribe((t) => (this.now = t)); // expect: dropped-unsubscribe
  }

  ngOnDestroy(): void {
    console.log('clock destroyed');
  }
}
