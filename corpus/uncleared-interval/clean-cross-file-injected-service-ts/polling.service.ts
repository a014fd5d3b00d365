// An application-wide polling service: `poll()` starts a timer outside Angular's zone and
// hands back the only way to stop it.
import { Injectable, NgZone } from '@angular/core';

@Injectable({ providedIn: 'root' })
export class PollingService {
  constructor(private zone: NgZone) {}

  poll(task: () => void, ms: number): () => void {
    const handle = this.zone.runOutsideAngular(() => setInterval(() => this.zone.run(task), ms));
    return () => clearInterval(handle);
  }
}
