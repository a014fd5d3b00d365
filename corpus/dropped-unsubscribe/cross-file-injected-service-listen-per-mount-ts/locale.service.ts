// The app's locale, shared by every component. `listen()` hands back the subscription to the
// service's subject: the caller has to end it.
import { Injectable } from '@angular/core';
import { BehaviorSubject, Subscription } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class LocaleService {
  private readonly locale$ = new BehaviorSubject<string>('en');

  use(locale: string): void {
    this.locale$.next(locale);
  }

  listen(onLocale: (locale: string) => void): Subscription {
    return this.locale$.subscribe(onLocale);
  }
}
