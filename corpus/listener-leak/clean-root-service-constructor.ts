// An application-wide Angular service (provided in root, so made once) listens to the page
// and follows the router for the whole session: there is one instance, living as long as
// the page and the router it subscribes to.
import { Injectable } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs/operators';

@Injectable({ providedIn: 'root' })
export class SessionTelemetry {
  private page = '';

  constructor(router: Router) {
    router.events.pipe(filter((e): e is NavigationEnd => e instanceof NavigationEnd)).subscribe((e) => {
      this.page = e.urlAfterRedirects;
    });
    window.addEventListener('pagehide', () => navigator.sendBeacon('/t', JSON.stringify({ page: this.page })));
  }
}
