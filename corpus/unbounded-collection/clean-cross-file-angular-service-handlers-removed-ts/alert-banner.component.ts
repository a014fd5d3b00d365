// The banner keeps the remover and calls it when it is destroyed.
import { Component, OnDestroy, OnInit } from '@angular/core';
import { Alert, AlertsService } from './alerts.service';

@Component({ selector: 'app-alert-banner', template: '<p *ngIf="last">{{ last.text }}</p>' })
export class AlertBannerComponent implements OnInit, OnDestroy {
  last?: Alert;
  private stop?: () => void;

  constructor(private readonly alerts: AlertsService) {}

  ngOnInit(): void {
    this.stop = this.alerts.onAlert((alert) => {
      this.last = alert;
    });
  }

  ngOnDestroy(): void {
    this.stop?.();
  }
}
