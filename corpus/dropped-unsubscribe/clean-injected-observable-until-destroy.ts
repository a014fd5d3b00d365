// The same service ends both subscriptions when the module is destroyed: one through
// `takeUntil` on a subject it completes, one kept and unsubscribed. A naive matcher sees
// `.subscribe(...)` on injected sources in a constructor.
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Observable, Subject, Subscription } from 'rxjs';
import { takeUntil } from 'rxjs/operators';

export const LANGUAGES = Symbol('languages');

@Injectable()
export class SettingsService implements OnModuleDestroy {
  private readonly destroyed = new Subject<void>();
  private readonly themeSubscription: Subscription;
  private languages: string[] = [];
  private theme = 'light';

  constructor(
    @Inject(LANGUAGES) languages: Observable<string[]>,
    private readonly theme$: Observable<string>,
  ) {
    languages.pipe(takeUntil(this.destroyed)).subscribe((list) => {
      this.languages = list;
    });
    this.themeSubscription = this.theme$.subscribe((theme) => {
      this.theme = theme;
    });
  }

  onModuleDestroy(): void {
    this.destroyed.next();
    this.destroyed.complete();
    this.themeSubscription.unsubscribe();
  }
}
