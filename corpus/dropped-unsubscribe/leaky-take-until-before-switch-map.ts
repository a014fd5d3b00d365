// `takeUntil` sits before `switchMap`, so destroying the component ends only the input stream:
// the polling `switchMap` started keeps running, holding the component.
import { Component, OnDestroy, OnInit } from '@angular/core';
import { Subject, fromEvent, switchMap, takeUntil, timer } from 'rxjs';

@Component({ selector: 'app-search', template: '<input id="q" />' })
export class SearchComponent implements OnInit, OnDestroy {
  results: number[] = [];
  private readonly destroy$ = new Subject<void>();

  ngOnInit(): void {
    fromEvent(document.getElementById('q')!, 'input')
      .pipe(
        takeUntil(this.destroy$), // expect: dropped-unsubscribe
        switchMap(() => timer(0, 10_000)),
      )
      .subscribe((tick) => this.results.push(tick));
  }

  ngOnDestroy(): void {
    this.destroy$.next();
    this.destroy$.complete();
  }
}
