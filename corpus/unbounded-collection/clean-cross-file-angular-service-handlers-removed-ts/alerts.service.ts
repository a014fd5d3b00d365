// The same service, but `onAlert()` hands back a function that forgets the handler.
import { Injectable } from '@angular/core';

export interface Alert {
  level: 'info' | 'error';
  text: string;
}

@Injectable({ providedIn: 'root' })
export class AlertsService {
  private listeners: Array<(alert: Alert) => void> = [];

  onAlert(listener: (alert: Alert) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((other) => other !== listener);
    };
  }

  raise(alert: Alert): void {
    for (const listener of this.listeners) listener(alert);
  }
}
