// A settings service that follows two observables its injector hands in. The constructor
// subscribes to both and drops the subscriptions; each callback holds the service, so the
// long-lived sources keep every service instance ever made (one per job, per tenant, per
// test) alive.
import { Inject, Injectable } from '@nestjs/common';
import { Observable } from 'rxjs';

export const LANGUAGES = Symbol('languages');

@Injectable()
export class SettingsService {
  private languages: string[] = [];
  private theme = 'light';

  constructor(
    @Inject(LANGUAGES) languages: Observable<string[]>,
    private readonly theme$: Observable<string>,
  ) {
    languages.subscribe((list) => { // expect: dropped-unsubscribe
      this.languages = list;
    });
    this.theme$.subscribe((theme) => { // expect: dropped-unsubscribe
      this.theme = theme;
    });
  }

  describe(): string {
    return `${this.languages.join(',')} (${this.theme})`;
  }
}
