// One theme for the whole application: `applyTo()` keeps an element's classes in step with it
// and hands back the subscription that does so.
import { Injectable } from '@angular/core';
import { BehaviorSubject, Subscription } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class ThemeService {
  readonly theme$ = new BehaviorSubject<'light' | 'dark'>('light');

  applyTo(el: HTMLElement): Subscription {
    return this.theme$.subscribe((theme) => {
      el.classList.toggle('dark', theme === 'dark');
    });
  }
}
