// One alert service for the process: every alert passes through its subject, and `forRegion`
// hands out the part of that stream a region cares about.
import { Observable, Subject } from "rxjs";
import { filter } from "rxjs/operators";

export interface Alert {
  region: string;
  level: "info" | "warning" | "critical";
  text: string;
}

export class AlertService {
  private readonly alerts$ = new Subject<Alert>();

  raise(alert: Alert): void {
    this.alerts$.next(alert);
  }

  forRegion(region: string): Observable<Alert> {
    return this.alerts$.pipe(filter((alert) => alert.region === region));
  }
}

export const alerts = new AlertService();
