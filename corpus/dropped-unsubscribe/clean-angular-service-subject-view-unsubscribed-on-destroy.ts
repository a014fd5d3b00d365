import { Component, Injectable, OnDestroy, OnInit } from '@angular/core';
import { BehaviorSubject, Observable, Subscription } from 'rxjs';
import { map } from 'rxjs/operators';

interface Alert { id: string; level: 'info' | 'warn' | 'error'; text: string }

@Injectable({ providedIn: 'root' })
export class AlertCenter {
  private readonly alerts = new BehaviorSubject<Alert[]>([]);
  readonly alerts$: Observable<Alert[]> = this.alerts.asObservable();

  raise(alert: Alert): void {
    this.alerts.next([...this.alerts.value, alert]);
  }

  atLevel(level: Alert['level']): Observable<Alert[]> {
    return this.alerts$.pipe(map((all) => all.filter((a) => a.level === level)));
  }
}

@Component({ selector: 'app-alert-badge', template: '<span class="badge">{{ count }}</span>' })
export class AlertBadgeComponent implements OnInit, OnDestroy {
  count = 0;
  private subscription?: Subscription;

  constructor(private readonly center: AlertCenter) {}

  ngOnInit(): void {
    this.subscription = this.center.atLevel('error').subscribe((errors) => {
      this.count = errors.length;
    });
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
