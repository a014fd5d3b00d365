// A root service: one instance for the whole app. `onAlert()` keeps every handler it is given
// and has no way to forget one.
import { Injectable } from '@angular/core';

export interface Alert {
  level: 'info' | 'error';
  text: string;
}

@Injectable({ providedIn: 'root' })
export class AlertsService {
  private listeners: Array<(alert: Alert) => void> = [];

  onAlert(listener: (alert: Alert) => void): void {
    this.listeners.push(listener);
  }

  raise(alert: Alert): void {
    for (const listener of this.listeners) listener(alert);
  }
}
