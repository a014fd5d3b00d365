// One service for the whole app: it keeps the latest exchange rates in a subject.
import { Injectable } from '@angular/core';
import { BehaviorSubject } from 'rxjs';
import { distinctUntilChanged, map } from 'rxjs/operators';

@Injectable({ providedIn: 'root' })
export class RatesService {
  private readonly rates$ = new BehaviorSubject<Record<string, number>>({});

  update(rates: Record<string, number>): void {
    this.rates$.next({ ...this.rates$.value, ...rates });
  }

  onRate(currency: string, apply: (rate: number) => void): void {
    const rate$ = this.rates$.pipe(map((all) => all[currency]), distinctUntilChanged());
    rate$.subscribe(apply);
  }
}
