// A root service starts tracking user activity the first time anyone asks: the listeners are
// added inside a callback NgZone runs there and then, behind a flag the service sets, so
// they are added once for the life of the page however often `watch()` is called.
import { Injectable, NgZone } from '@angular/core';

@Injectable({ providedIn: 'root' })
export class ActivityService {
  private last = Date.now();
  private tracking = false;

  constructor(private zone: NgZone) {}

  watch(): () => number {
    if (!this.tracking) {
      this.tracking = true;
      this.zone.runOutsideAngular(() => {
        document.addEventListener('pointermove', () => { this.last = Date.now(); });
        window.addEventListener('keydown', () => { this.last = Date.now(); });
      });
    }
    return () => Date.now() - this.last;
  }
}
