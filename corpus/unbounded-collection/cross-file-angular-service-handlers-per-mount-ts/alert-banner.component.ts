// Every mount of the banner hands the service one more handler, which keeps the banner alive.
import { Component, OnInit } from '@angular/core';
import { Alert, AlertsService } from './alerts.service';

@Component({ selector: 'app-alert-banner', template: '<p *ngIf="last">{{ last.text }}</p>' })
export class AlertBannerComponent implements OnInit {
  last?: Alert;

  constructor(private readonly alerts: AlertsService) {}

  ngOnInit(): void {
    this.alerts.onAlert((alert) => { // expect: unbounded-collection
      this.last = alert;
    });
  }
}
