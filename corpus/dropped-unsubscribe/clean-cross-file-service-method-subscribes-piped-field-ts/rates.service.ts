// The same service hands back the subscription it makes for the caller to end.
import { Injectable } from '@angular/core';
import { BehaviorSubject, Subscription } from 'rxjs';
import { distinctUntilChanged, map } from 'rxjs/operators';

@Injectable({ providedIn: 'root' })
export class RatesService {
  private readonly rates$ = new BehaviorSubject<Record<string, number>>({});

  update(rates: Record<string, number>): void {
    this.rates$.next({ ...this.rates$.value, ...rates });
  }

  onRate(currency: string, apply: (rate: number) => void): Subscription {
    const rate$ = this.rates$.pipe(map((all) => all[currency]), distinctUntilChanged());
    return rate$.subscribe(apply);
  }
}
