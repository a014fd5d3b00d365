// Without the flag, every call of `watch()` adds two more page listeners, each holding the
// service (harmless) and the caller's callback (not), for the life of the page.
import { Injectable, NgZone } from '@angular/core';

@Injectable({ providedIn: 'root' })
export class ActivityService {
  private last = Date.now();

  constructor(private zone: NgZone) {}

  watch(onActive: () => void): () => number {
    this.zone.runOutsideAngular(() => {
      document.addEventListener('pointermove', () => { this.last = Date.now(); onActive(); }); // expect: listener-leak
      window.addEventListener('keydown', () => { this.last = Date.now(); onActive(); }); // expect: listener-leak
    });
    return () => Date.now() - this.last;
  }
}
