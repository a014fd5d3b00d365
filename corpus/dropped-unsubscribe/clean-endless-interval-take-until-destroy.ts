// The same ticker, ended by `takeUntil(destroy$)`, which `ngOnDestroy()` fires.
import { Component, OnDestroy, OnInit } from '@angular/core';
import { interval, Subject, takeUntil } from 'rxjs';

@Component({ selector: 'app-uptime', template: '{{ seconds }}s' })
export class UptimeComponent implements OnInit, OnDestroy {
  seconds = 0;
  private readonly destroy$ = new Subject<void>();

  ngOnInit(): void {
    interval(1000).pipe(takeUntil(this.destroy$)).subscribe(() => this.seconds++);
  }

  ngOnDestroy(): void {
    this.destroy$.next();
    this.destroy$.complete();
  }
}
