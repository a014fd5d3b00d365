// `takeUntil` comes last, after `switchMap`, so the notifier ends the inner polling too.
import { Subject, fromEvent, switchMap, takeUntil, timer } from 'rxjs';

export class Search {
  constructor(input) {
    this.results = [];
    this.destroy$ = new Subject();
    fromEvent(input, 'input')
      .pipe(
        switchMap(() => timer(0, 10000)),
        takeUntil(this.destroy$),
      )
      .subscribe((tick) => this.results.push(tick));
  }

  destroy() {
    this.destroy$.next();
    this.destroy$.complete();
  }
}
